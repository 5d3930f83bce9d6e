// A thumbprint that matches no certificate of the workspace cannot be checked; said only when the workspace holds
// certificates at all (otherwise every thumbprint would be reported).
import { isPlaceholderThumbprint } from '../../eap/placeholders';
import { SOURCES } from '../../sources';
import type { ThumbprintRule } from '../rule';

export const thumbprintNotInWorkspaceRule: ThumbprintRule = {
  id: 'cert/thumbprint-not-in-workspace',
  defaultSeverity: 'information',
  title: 'A thumbprint in the EAP configuration matches no certificate in the workspace',
  docUrl: SOURCES.eapConfiguration.url,
  fixKinds: [],
  docs: {
    rationale:
      '`TrustedRootCA`, `IssuerHash` and `DeviceCompliance/Sso/IssuerHash` name CA certificates by their SHA-1 thumbprint. When the workspace holds certificate files but none has this thumbprint, ' +
      'nothing can be checked about it; adding the CA certificate (.cer) to the workspace lets the other thumbprint rules judge it. A hint of what is missing, not a defect. ' +
      'The all-zero placeholder of the templates is left to `eap/template-placeholder`.',
  },
  check({ thumbprint, matches, workspaceHasCertificates, report }) {
    if (matches.length || !workspaceHasCertificates || isPlaceholderThumbprint(thumbprint)) return;
    report({ message: `No certificate in the workspace has the SHA-1 thumbprint ${thumbprint}. Add the CA certificate (.cer) to the workspace to have it checked.` });
  },
};
