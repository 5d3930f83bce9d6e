import { EKU } from '../oids';
import { USER_SID, makeLeaf, rawExtension } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { userNotStronglyMappedRule } from './user-not-strongly-mapped';

const ALICE = { subject: 'CN=Alice', eku: [EKU.clientAuth] } as const;
const UPN = { type: 'upn', value: 'alice@contoso.com' } as const;

testCertificateRule(userNotStronglyMappedRule, {
  valid: [
    { name: 'the SID extension an enterprise CA adds', certificate: pki('user'), role: 'user' },
    {
      name: 'the SID in a SAN URL, as Intune SCEP certificates carry it',
      certificate: () => makeLeaf({ ...ALICE, san: [UPN, { type: 'url', value: `tag:microsoft.com,2022-09-14:sid:${USER_SID}` }] }),
      role: 'user',
    },
    {
      name: 'an Entra ID Conditional Access certificate is left out (no public source on how NPS maps it)',
      certificate: () => makeLeaf({ subject: 'CN=alice@contoso.com', eku: [EKU.clientAuth, EKU.entraConditionalAccess], san: [UPN] }),
      role: 'user',
    },
    { name: 'a device certificate is not judged (RRAS authenticates the device tunnel without NPS)', certificate: pki('device'), role: 'device' },
  ],
  invalid: [
    {
      name: 'a user certificate without the SID: a warning naming the extension, the explicit mapping a file cannot show, event 39, reason 16 and 853',
      certificate: () => makeLeaf({ ...ALICE, san: [UPN] }),
      findings: [
        {
          severity: 'warning',
          role: 'user',
          message:
            /neither the SID extension \(1\.3\.6\.1\.4\.1\.311\.25\.2\) nor a SAN URL .*KB5014754.*February 2025.*explicit strong mapping in altSecurityIdentities .*a file cannot show it.*event 39.*reason 16.*error 853.*supplied in the request or issued offline.*SAN URL \(domain controllers on Windows Server 2019 or later\)/,
        },
      ],
    },
    {
      name: 'a SAN URL that is not a SID, and a damaged SID extension, map nothing',
      certificate: () => makeLeaf({ ...ALICE, san: [UPN, { type: 'url', value: 'tag:microsoft.com,2022-09-14:sid:alice' }], extensions: [rawExtension('1.3.6.1.4.1.311.25.2', '3003020100')] }),
      role: 'user',
      findings: [{ severity: 'warning', role: 'user', message: 'carries no SID' }],
    },
  ],
});
