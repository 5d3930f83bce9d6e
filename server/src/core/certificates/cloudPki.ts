// Recognising Microsoft Cloud PKI for Intune. Microsoft documents that Intune hosts the CRL distribution point and
// the AIA endpoint of every Cloud PKI CA (SOURCES.cloudPkiOverview) but not their address. The certificates Cloud PKI
// issues point to `http://primary-cdn.pki.azure.net/<region>/…` for both (seen in issued certificates and in the CRL
// URLs Microsoft Graph returns for Cloud PKI CAs), a Microsoft host no other CA is known to use: a CRL Distribution
// Point or AIA URL on `pki.azure.net` is what gives a certificate away as issued by a Cloud PKI CA.
// A Cloud PKI root and a bring-your-own-CA issuing CA are recognised through the certificates they issue, since
// their own extensions point elsewhere (or nowhere).
import type { CertificateInfo } from './model';

export const CLOUD_PKI_HOST = 'pki.azure.net';

/** The CRL Distribution Point or AIA URL that shows a Cloud PKI CA issued this certificate; undefined otherwise. */
export function cloudPkiEvidence(cert: CertificateInfo): string | undefined {
  const urls = [...cert.crlDistributionPoints, ...cert.authorityInfoAccess.map((access) => access.location)];
  return urls.find((url) => {
    const host = hostOf(url);
    return host !== undefined && (host === CLOUD_PKI_HOST || host.endsWith(`.${CLOUD_PKI_HOST}`));
  });
}

function hostOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
