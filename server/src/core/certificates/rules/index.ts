// Every certificate rule, one module each, sorted by ID: the rules the judge runs on one certificate, and the rules
// the cross-reference and PEM code run on a document that refers to certificates.
import type { RuleMeta } from '../../rules/rule';
import type { CertificateRule, PemRule, ServerNameRule, ThumbprintRule } from '../rule';
import { caCertificateAsLeafRule } from './ca-certificate-as-leaf';
import { caMissingKeyCertSignRule } from './ca-missing-key-cert-sign';
import { caNotMarkedCaRule } from './ca-not-marked-ca';
import { clientMissingClientAuthEkuRule } from './client-missing-client-auth-eku';
import { cloudPkiLimitsRule } from './cloud-pki-limits';
import { deviceMissingIkeIntermediateEkuRule } from './device-missing-ike-intermediate-eku';
import { deviceSubjectNotFqdnRule } from './device-subject-not-fqdn';
import { eapServerNameCaseMismatchRule } from './eap-server-name-case-mismatch';
import { eapServerNameNotInCertificatesRule } from './eap-server-name-not-in-certificates';
import { expiredRule } from './expired';
import { expiringSoonRule } from './expiring-soon';
import { genericPurposeEkuRule } from './generic-purpose-eku';
import { ikev2ServerMissingIkeIntermediateEkuRule } from './ikev2-server-missing-ike-intermediate-eku';
import { invalidPemBlockRule } from './invalid-pem-block';
import { issuingCaMissingCdpRule } from './issuing-ca-missing-cdp';
import { noAovpnRoleRule } from './no-aovpn-role';
import { notYetValidRule } from './not-yet-valid';
import { npsServerNameMismatchRule } from './nps-server-name-mismatch';
import { privateKeyInFileRule } from './private-key-in-file';
import { profileServerNotInCertificatesRule } from './profile-server-not-in-certificates';
import { rsaKeyTooSmallRule } from './rsa-key-too-small';
import { serverMissingServerAuthEkuRule } from './server-missing-server-auth-eku';
import { thumbprintMatchesExpiredCertificateRule } from './thumbprint-matches-expired-certificate';
import { thumbprintMatchesNonCaCertificateRule } from './thumbprint-matches-non-ca-certificate';
import { thumbprintNotInWorkspaceRule } from './thumbprint-not-in-workspace';
import { trustedRootCaNotRootRule } from './trusted-root-ca-not-root';
import { userMissingCdpRule } from './user-missing-cdp';
import { userMissingUpnRule } from './user-missing-upn';
import { userNotStronglyMappedRule } from './user-not-strongly-mapped';
import { vpnServerMissingSanDnsRule } from './vpn-server-missing-san-dns';
import { vpnServerNameMismatchRule } from './vpn-server-name-mismatch';
import { vpnServerSubjectNotFqdnRule } from './vpn-server-subject-not-fqdn';
import { weakSignatureHashRule } from './weak-signature-hash';

/** The rules that judge one certificate (viewer, `aovpn cert`, PEM blocks). */
export const certificateRules: readonly CertificateRule[] = [
  caCertificateAsLeafRule,
  caMissingKeyCertSignRule,
  caNotMarkedCaRule,
  clientMissingClientAuthEkuRule,
  cloudPkiLimitsRule,
  deviceMissingIkeIntermediateEkuRule,
  deviceSubjectNotFqdnRule,
  expiredRule,
  expiringSoonRule,
  genericPurposeEkuRule,
  ikev2ServerMissingIkeIntermediateEkuRule,
  issuingCaMissingCdpRule,
  noAovpnRoleRule,
  notYetValidRule,
  npsServerNameMismatchRule,
  rsaKeyTooSmallRule,
  serverMissingServerAuthEkuRule,
  userMissingCdpRule,
  userMissingUpnRule,
  userNotStronglyMappedRule,
  vpnServerMissingSanDnsRule,
  vpnServerNameMismatchRule,
  vpnServerSubjectNotFqdnRule,
  weakSignatureHashRule,
];

/** Thumbprints written in EAP XML or ProfileXML, against the workspace's certificates. */
export const thumbprintRules: readonly ThumbprintRule[] = [thumbprintMatchesExpiredCertificateRule, thumbprintMatchesNonCaCertificateRule, thumbprintNotInWorkspaceRule, trustedRootCaNotRootRule];

/** Server names of a document (profile Servers, EAP ServerNames), against the workspace's certificates. */
export const serverNameRules: readonly ServerNameRule[] = [eapServerNameCaseMismatchRule, eapServerNameNotInCertificatesRule, profileServerNotInCertificatesRule];

/** PEM blocks in a text document. */
export const pemRules: readonly PemRule[] = [invalidPemBlockRule, privateKeyInFileRule];

/** Every `cert/` rule, sorted by ID (for the registry). */
export const allCertificateRules: readonly RuleMeta[] = [...certificateRules, ...thumbprintRules, ...serverNameRules, ...pemRules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
