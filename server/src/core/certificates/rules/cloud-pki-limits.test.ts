import { EKU } from '../oids';
import { CA_KEY_USAGE, makeCertificate, makeLeaf, makeRootCa } from '../testing/certificates';
import { pki, testCertificateRule } from '../testing/ruleTester';
import { cloudPkiLimitsRule } from './cloud-pki-limits';

// Addresses in the form Cloud PKI writes them (region, tenant and CA identifiers made up).
const ROOT_CRL = 'http://primary-cdn.pki.azure.net/westeurope/crls/0a1b2c3d4e5f4a5b8c9d0e1f2a3b4c5d/5e0c3a8e-2b1f-4c6d-9a7e-1f2e3d4c5b6a_v1/current.crl';
const ISSUING_CRL = 'http://primary-cdn.pki.azure.net/westeurope/crls/0a1b2c3d4e5f4a5b8c9d0e1f2a3b4c5d/9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f_v1/current.crl';

async function cloudIssuingCa(eku: readonly string[] | undefined) {
  const root = await makeRootCa('CN=Contoso Cloud Root CA', { eku: [EKU.clientAuth, EKU.serverAuth] });
  return makeCertificate({ subject: 'CN=Contoso Cloud Issuing CA', issuer: root, ca: { pathLength: 0 }, keyUsage: CA_KEY_USAGE, eku, cdp: [ROOT_CRL] });
}

testCertificateRule(cloudPkiLimitsRule, {
  valid: [
    { name: 'a CA of an on-premises PKI', certificate: pki('issuing') },
    { name: 'a certificate of an on-premises PKI', certificate: pki('user') },
    {
      name: 'a URL that only mentions the host elsewhere is not evidence',
      certificate: () => makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth], cdp: ['http://pki.contoso.com/pki.azure.net.crl', 'http://pki.azure.net.contoso.com/x.crl'] }),
    },
  ],
  invalid: [
    {
      name: 'a Cloud PKI issuing CA with Client Authentication: how it was recognised, its key, EKU and SCEP limits',
      certificate: () => cloudIssuingCa([EKU.clientAuth]),
      findings: [
        {
          severity: 'information',
          role: null,
          message:
            /^A CA issued by Microsoft Cloud PKI for Intune \(recognised by its revocation or issuer address `http:\/\/primary-cdn\.pki\.azure\.net\/westeurope\/crls\/.*` on pki\.azure\.net.*RSA keys of 2048, 3072 or 4096 bits.*elliptic curves.*cannot be changed.*Any Purpose is not offered.*2\.5\.29\.37\.0.*SCEP profiles\. Its EKUs \(Client Authentication\) are the only ones its SCEP profiles can request.*can issue VPN user and device certificates\.$/,
        },
      ],
    },
    {
      name: 'a Cloud PKI issuing CA without Client Authentication cannot issue VPN client certificates',
      certificate: () => cloudIssuingCa([EKU.serverAuth]),
      findings: [{ severity: 'information', message: 'Client Authentication is not among them, so it cannot issue the user or device certificates Always On VPN needs.' }],
    },
    {
      name: 'a Cloud PKI CA without an EKU extension',
      certificate: () => cloudIssuingCa(undefined),
      findings: [{ severity: 'information', message: 'shows no EKU extension' }],
    },
    {
      name: 'a user certificate Cloud PKI issued (its AIA is enough) is judged for its role and told where its server certificates come from',
      certificate: () => makeLeaf({ subject: 'CN=Alice', eku: [EKU.clientAuth], san: [{ type: 'upn', value: 'alice@contoso.com' }], cdp: [ISSUING_CRL] }),
      findings: [{ severity: 'information', role: null, message: /^Issued by a Microsoft Cloud PKI for Intune CA .*NPS and VPN server certificates come from another CA/ }],
    },
    {
      name: 'the host is compared without regard to case, through the AIA too',
      certificate: () => makeLeaf({ subject: 'CN=pc1.contoso.com', eku: [EKU.clientAuth], cdp: undefined, caIssuers: ['HTTP://Primary-CDN.PKI.Azure.NET/westeurope/caCerts/x/y.crt'] }),
      findings: [{ severity: 'information', message: 'Issued by a Microsoft Cloud PKI for Intune CA' }],
    },
  ],
});
