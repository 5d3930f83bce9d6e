import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { eapDocument, profileDocument, tlsEapType } from './examples';
import { rootNamespaceRule } from './root-namespace';

const ROOT = `<EapHostConfig xmlns="${NS.eapHostConfig}">`;
const good = eapDocument(tlsEapType());
const embedded = profileDocument(good);

testRule(rootNamespaceRule, {
  valid: [
    { name: 'the EapHostConfig namespace', text: good },
    { name: 'an https variant is eap/https-namespace', text: good.replace(ROOT, '<EapHostConfig xmlns="https://www.microsoft.com/provisioning/EapHostConfig">') },
    { name: 'a misspelt provisioning URI is eap/unknown-namespace', text: good.replace(ROOT, '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfg">') },
  ],
  invalid: [
    {
      name: 'an EapHostConfig without namespace: an error whose safe fix adds it',
      text: good.replace(ROOT, '<EapHostConfig>'),
      findings: [
        {
          at: { start: 1, end: 1 + 'EapHostConfig'.length },
          severity: 'error',
          message: 'has no namespace',
          fixes: [{ title: 'Add the EapHostConfig namespace', kind: 'safe', output: good }],
        },
      ],
    },
    {
      name: 'a foreign namespace on the root is named; replacing it is a suggestion',
      text: good.replace(ROOT, '<EapHostConfig xmlns="urn:example">'),
      findings: [
        {
          at: 'EapHostConfig',
          message: 'namespace `urn:example`',
          fixes: [{ title: `Change the namespace to ${NS.eapHostConfig}`, kind: 'suggestion', output: good }],
        },
      ],
    },
    {
      name: 'a prefixed root in a foreign namespace: the prefix declaration is replaced',
      text: good.replace(ROOT, '<e:EapHostConfig xmlns:e="urn:example" xmlns="http://www.microsoft.com/provisioning/EapHostConfig">').replace('</EapHostConfig>', '</e:EapHostConfig>'),
      findings: [
        {
          at: 'e:EapHostConfig',
          fixes: [
            {
              title: `Change the namespace to ${NS.eapHostConfig}`,
              kind: 'suggestion',
              output: good
                .replace(ROOT, `<e:EapHostConfig xmlns:e="${NS.eapHostConfig}" xmlns="http://www.microsoft.com/provisioning/EapHostConfig">`)
                .replace('</EapHostConfig>', '</e:EapHostConfig>'),
            },
          ],
        },
      ],
    },
    {
      name: 'embedded: a root without namespace is reported and fixed at the EapHostConfig name in the profile',
      text: embedded.replace(ROOT, '<EapHostConfig>'),
      findings: [{ at: 'EapHostConfig', fixes: [{ title: 'Add the EapHostConfig namespace', kind: 'safe', output: embedded }] }],
    },
  ],
});
