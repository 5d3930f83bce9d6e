// EAP-MSCHAPv2, alone or inside PEAP: user name and password instead of a certificate.
import type { EapRule } from '../rule';
import { EAP_DOCS } from '../catalogue';
import { methodBlocks } from '../methods';

export const passwordAuthenticationRule: EapRule = {
  id: 'eap/password-authentication',
  defaultSeverity: 'information',
  title: 'EAP-MSCHAPv2 authenticates users with a password, not a certificate',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      if (block.kind !== 'mschapv2' || !block.eapType) continue;
      report({
        range: block.eapType.nameRange,
        message:
          `${block.outer ? 'PEAP-MSCHAPv2' : 'EAP-MSCHAPv2'} signs users in with their user name and password; no client certificate is involved (the NPS server certificate must still be trusted). ` +
          'Microsoft notes that MS-CHAPv2 is open to attacks similar to those on NTLMv1 and that Windows Defender Credential Guard (on by default in Windows 11 22H2 Enterprise) can break MS-CHAPv2 connections; it recommends certificate authentication (PEAP-TLS or EAP-TLS) for VPN user tunnels.',
      });
    }
  },
};
