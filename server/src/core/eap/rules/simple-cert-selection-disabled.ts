// SimpleCertSelection=false: "the method will always prompt the user to select a certificate" ([MS-GPWL]
// 2.2.3.2.5), where `true` (or absent) lets Windows pick one without user interaction when it can.
import { SOURCES } from '../../sources';
import { readBoolean } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { childIn, methodBlocks } from '../methods';
import { NS } from '../namespaces';
import { replaceValue, valueRange } from '../../xml/edits';

export const simpleCertSelectionDisabledRule: EapRule = {
  id: 'eap/simple-cert-selection-disabled',
  defaultSeverity: 'warning',
  title: '`SimpleCertSelection` is false: the user must pick the client certificate at every connection',
  docUrl: SOURCES.gpwlEapTls.url,
  // It changes how the client certificate is chosen: a person decides.
  fixKinds: ['suggestion'],
  docs: {
    rationale:
      '`SimpleCertSelection` is "Use simple certificate selection (Recommended)". Microsoft\'s protocol documentation says that with `true` (or without the element) EAP-TLS selects a certificate without user interaction when it can, and with `false` it always asks the user to choose one. ' +
      'An Always On tunnel that must come up by itself then waits for that choice. ' +
      'The fix sets `true`; when users hold several client certificates, narrow the choice with `TLSExtensions/FilteringInfo` (issuer and EKU filters). It changes certificate selection, so it is a suggestion.',
    wrong: eapDocument(tlsEapType({ simpleCertSelection: 'false' })),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    for (const block of methodBlocks(eap)) {
      if (block.kind !== 'tls') continue;
      const element = childIn(childIn(childIn(block.eapType, 'CredentialsSource', NS.tlsV1), 'CertificateStore', NS.tlsV1), 'SimpleCertSelection', NS.tlsV1);
      if (!element || readBoolean(element) !== false) continue;
      report({
        range: valueRange(element),
        message:
          'With `false`, EAP-TLS always asks the user to choose a certificate instead of selecting one itself, so an Always On tunnel cannot connect without the user. ' +
          'Set it to `true` ("Use simple certificate selection (Recommended)"); if users hold several client certificates, narrow the choice with `TLSExtensions/FilteringInfo` (issuer and EKU filters).',
        fixes: [{ title: 'Set SimpleCertSelection to true', edits: [replaceValue(element, 'true')], kind: 'suggestion' }],
      });
    }
  },
};
