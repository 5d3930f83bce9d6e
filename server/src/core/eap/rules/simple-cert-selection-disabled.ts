// SimpleCertSelection=false makes Windows ask the user to pick the certificate every time.
import type { EapRule } from '../rule';
import { readBoolean } from '../../xml/query';
import { EAP_DOCS } from '../catalogue';
import { childIn, methodBlocks, replaceValueEdit, valueRange } from '../methods';
import { NS } from '../namespaces';

export const simpleCertSelectionDisabledRule: EapRule = {
  id: 'eap/simple-cert-selection-disabled',
  defaultSeverity: 'warning',
  title: '`SimpleCertSelection` is false: the user must pick the client certificate at every connection',
  docUrl: EAP_DOCS.networkAccess,
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      if (block.kind !== 'tls') continue;
      const element = childIn(childIn(childIn(block.eapType, 'CredentialsSource', NS.tlsV1), 'CertificateStore', NS.tlsV1), 'SimpleCertSelection', NS.tlsV1);
      if (!element || readBoolean(element) !== false) continue;
      report({
        range: valueRange(element),
        message:
          'With `false`, EAP-TLS always asks the user to choose a certificate instead of selecting one itself, so an Always On tunnel cannot connect unattended. ' +
          'Set it to `true` ("Use simple certificate selection (Recommended)"); if users hold several client certificates, narrow the choice with `TLSExtensions/FilteringInfo` (issuer and EKU filters).',
        fixes: [{ title: 'Set `SimpleCertSelection` to `true`', edits: [replaceValueEdit(element, 'true')], kind: 'safe' }],
      });
    }
  },
};
