// Every certificate rule, in the order findings are listed.
import type { CertificateRule } from '../rule';
import { caCertificateAsLeafRule } from './ca-certificate-as-leaf';
import { caMissingKeyCertSignRule } from './ca-missing-key-cert-sign';
import { caNotMarkedCaRule } from './ca-not-marked-ca';
import { clientMissingClientAuthEkuRule } from './client-missing-client-auth-eku';
import { deviceMissingIkeIntermediateEkuRule } from './device-missing-ike-intermediate-eku';
import { deviceSubjectNotFqdnRule } from './device-subject-not-fqdn';
import { expiredRule } from './expired';
import { expiringSoonRule } from './expiring-soon';
import { genericPurposeEkuRule } from './generic-purpose-eku';
import { ikev2ServerMissingIkeIntermediateEkuRule } from './ikev2-server-missing-ike-intermediate-eku';
import { issuingCaMissingCdpRule } from './issuing-ca-missing-cdp';
import { noAovpnRoleRule } from './no-aovpn-role';
import { notYetValidRule } from './not-yet-valid';
import { npsServerNameMismatchRule } from './nps-server-name-mismatch';
import { rsaKeyTooSmallRule } from './rsa-key-too-small';
import { serverMissingServerAuthEkuRule } from './server-missing-server-auth-eku';
import { userMissingCdpRule } from './user-missing-cdp';
import { userMissingUpnRule } from './user-missing-upn';
import { vpnServerMissingSanDnsRule } from './vpn-server-missing-san-dns';
import { vpnServerNameMismatchRule } from './vpn-server-name-mismatch';
import { vpnServerSubjectNotFqdnRule } from './vpn-server-subject-not-fqdn';
import { weakSignatureHashRule } from './weak-signature-hash';

export const certificateRules: readonly CertificateRule[] = [
  expiredRule,
  notYetValidRule,
  expiringSoonRule,
  weakSignatureHashRule,
  rsaKeyTooSmallRule,
  noAovpnRoleRule,
  caCertificateAsLeafRule,
  serverMissingServerAuthEkuRule,
  ikev2ServerMissingIkeIntermediateEkuRule,
  clientMissingClientAuthEkuRule,
  genericPurposeEkuRule,
  vpnServerSubjectNotFqdnRule,
  vpnServerMissingSanDnsRule,
  vpnServerNameMismatchRule,
  npsServerNameMismatchRule,
  userMissingUpnRule,
  userMissingCdpRule,
  issuingCaMissingCdpRule,
  deviceMissingIkeIntermediateEkuRule,
  deviceSubjectNotFqdnRule,
  caNotMarkedCaRule,
  caMissingKeyCertSignRule,
];
