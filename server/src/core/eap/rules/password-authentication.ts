// EAP-MSCHAPv2, alone or inside PEAP: user name and password instead of a certificate. The "EAP for network
// access" page warns that MSCHAPv2 connections are open to attacks similar to those on NTLMv1 and that Credential
// Guard, enabled in Windows 11 Enterprise 22H2, may cause issues with them.
import { SOURCES } from '../../sources';
import { eapDocument, innerEap, MSCHAPV2_EAP_TYPE, peapEapType } from './examples';
import type { EapRule } from '../rule';
import { methodBlocks } from '../methods';

export const passwordAuthenticationRule: EapRule = {
  id: 'eap/password-authentication',
  defaultSeverity: 'information',
  title: 'EAP-MSCHAPv2 authenticates users with a password, not a certificate',
  docUrl: SOURCES.networkAccess.url,
  fixKinds: [],
  docs: {
    rationale:
      'EAP-MSCHAPv2 (alone, or inside PEAP as PEAP-MSCHAPv2) signs users in with their user name and password. ' +
      'Microsoft warns that MSCHAPv2-based connections are open to attacks similar to those on NTLMv1, and that Windows Defender Credential Guard, which Windows 11 Enterprise 22H2 enables, may cause issues with them; it notes that certificate-based methods (EAP-TLS) generally offer the highest security. ' +
      'This is information for a design choice, so there is no fix.',
    wrong: eapDocument(peapEapType({ inner: innerEap(26, MSCHAPV2_EAP_TYPE) }), { methodType: 25 }),
    right: eapDocument(peapEapType(), { methodType: 25 }),
  },
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      if (block.kind !== 'mschapv2' || !block.eapType) continue;
      report({
        range: block.eapType.nameRange,
        message:
          `${block.outer ? 'PEAP-MSCHAPv2' : 'EAP-MSCHAPv2'} signs users in with their user name and password; no client certificate is involved (the NPS server certificate must still be trusted). ` +
          'Microsoft warns that MSCHAPv2 connections are open to attacks similar to those on NTLMv1 and that Windows Defender Credential Guard (enabled by Windows 11 Enterprise 22H2) may cause issues with them; certificate-based methods (PEAP-TLS, EAP-TLS) generally offer the highest security.',
      });
    }
  },
};
