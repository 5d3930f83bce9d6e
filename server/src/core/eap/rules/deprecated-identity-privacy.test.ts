import { testRule } from '../../testing/ruleTester';
import { NS } from '../namespaces';
import { deprecatedIdentityPrivacyRule } from './deprecated-identity-privacy';
import { eapDocument, peapEapType, profileDocument } from './examples';

const OLD_PLACE = '<IdentityPrivacy>\n  <EnableIdentityPrivacy>true</EnableIdentityPrivacy>\n  <AnonymousUserName>anonymous</AnonymousUserName>\n</IdentityPrivacy>';
const V2 = `<IdentityPrivacy xmlns="${NS.peapV2}"><EnableIdentityPrivacy>true</EnableIdentityPrivacy><AnonymousUserName/></IdentityPrivacy>`;

testRule(deprecatedIdentityPrivacyRule, {
  valid: [
    { name: 'identity privacy in PeapExtensions (the V2 place), with no unknown-element error', text: eapDocument(peapEapType({ extensionsExtra: V2 }), { methodType: 25 }), noOtherErrors: true },
  ],
  invalid: [
    {
      name: 'the V1 IdentityPrivacy next to PeapExtensions is ignored: a warning, related to PeapExtensions',
      text: eapDocument(peapEapType({ beforeFastReconnect: OLD_PLACE }), { methodType: 25 }),
      findings: [{ at: 'IdentityPrivacy', severity: 'warning', message: 'is ignored', related: ['PeapExtensions'], fixes: [] }],
    },
    {
      name: 'embedded without PeapExtensions: information only',
      text: profileDocument(eapDocument(peapEapType({ beforeFastReconnect: OLD_PLACE }).replace(/\n\s*<PeapExtensions>[\s\S]*<\/PeapExtensions>/, ''), { methodType: 25 })),
      findings: [{ at: 'IdentityPrivacy', severity: 'information', message: 'deprecated' }],
    },
  ],
});
