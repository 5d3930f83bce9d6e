// Server validation without a TrustedRootCA thumbprint: Windows 11 trusts the NPS certificate only when the profile
// names its root CA (or the server itself, once a user accepted it at a prompt), where Windows 10 could accept
// a root from the trusted store (EAP, what's changed in Windows 11).
import { SOURCES } from '../../sources';
import { readBoolean } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { METHODS, outerServerValidation } from '../methods';

export const trustedRootCaMissingRule: EapRule = {
  id: 'eap/trusted-root-ca-missing',
  defaultSeverity: 'warning',
  title: 'Server validation is on but no `TrustedRootCA` thumbprint names the root CA of the NPS certificate',
  docUrl: SOURCES.windows11Eap.url,
  fixKinds: [],
  docs: {
    rationale:
      'Windows 11 made server certificate validation the same for every built-in EAP method: it trusts the NPS certificate when its chain ends in a trusted root whose thumbprint is in the profile (and, with name checking on, the name matches), or when that server certificate itself was accepted at a prompt. ' +
      'Windows 10 could in some cases accept the server on the strength of the trusted root store alone, so configurations without `TrustedRootCA` can start failing or prompting after an upgrade. ' +
      'Add the SHA-1 thumbprint of the root CA that issued the NPS certificate; only you know which root that is, so there is no fix.',
    wrong: eapDocument(tlsEapType({ trustedRootCa: null })),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    // The outer method only: an inner method runs inside the tunnel the outer PEAP validated.
    const settings = outerServerValidation(eap);
    if (!settings || !settings.validationOn) return;
    if (settings.trustedRootCas.some((element) => element.text.trimmed !== '')) return;
    const at = settings.serverValidation ?? settings.eapType;
    const prompting = readBoolean(settings.disablePrompt) !== true;
    report({
      range: at.nameRange,
      message:
        `${METHODS[settings.method].label} validates the NPS server certificate but lists no \`TrustedRootCA\`. Windows 11 trusts the server only when the thumbprint of its root CA is in the profile (or the user accepted that server at a prompt), ` +
        (prompting ? 'so users are asked whether to trust the server; ' : 'so with the prompt disabled the connection fails; ') +
        'Windows 10 could in some cases accept any trusted root. ' +
        'Add `<TrustedRootCA>` with the SHA-1 thumbprint of the root CA that issued the NPS certificate (lowercase hex pairs separated by spaces, as Windows exports it).',
    });
  },
};
