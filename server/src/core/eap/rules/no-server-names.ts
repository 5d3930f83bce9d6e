// No ServerNames (and no name check): Microsoft documents that the client then only verifies that the NPS
// certificate was issued by a trusted root CA, so any server certificate from that CA is accepted.
import { SOURCES } from '../../sources';
import { readBoolean } from '../../xml/query';
import { eapDocument, tlsEapType } from './examples';
import type { EapRule } from '../rule';
import { METHODS, outerServerValidation } from '../methods';

export const noServerNamesRule: EapRule = {
  id: 'eap/no-server-names',
  defaultSeverity: 'information',
  title: 'No NPS server names are configured, so any server certificate from an accepted root CA is trusted',
  docUrl: SOURCES.networkAccess.url,
  fixKinds: [],
  docs: {
    rationale:
      '`ServerNames` ("Connect to these servers") lists the NPS servers the client may authenticate to. Microsoft documents that when no server is listed, the client only verifies that the server certificate was issued by a trusted root CA, ' +
      'so any certificate that CA issued, for any server, is taken for the NPS server. Listing the names (and setting `AcceptServerName` to `true`) narrows the trust to your NPS servers. ' +
      'This is advice: there is no fix, because only you know the names.',
    wrong: eapDocument(tlsEapType({ serverNames: '', acceptServerName: 'false' })),
    right: eapDocument(tlsEapType()),
  },
  check({ eap, report }) {
    // The outer method only: an inner method runs inside the tunnel the outer PEAP validated.
    const settings = outerServerValidation(eap);
    if (!settings || !settings.validationOn || settings.serverNames?.text.trimmed) return;
    if (readBoolean(settings.acceptServerName) === true) return; // eap/accept-server-name-without-names
    const at = settings.serverNames ?? settings.serverValidation ?? settings.eapType;
    report({
      range: at.nameRange,
      message:
        `${METHODS[settings.method].label} names no NPS server ("Connect to these servers" is empty): the client only checks that the server certificate was issued by a trusted root CA, so any server certificate that CA issued is trusted. ` +
        'List the NPS server names in `ServerNames` (`;`-separated, exactly as in the certificates) and set `AcceptServerName` to `true`.',
    });
  },
};
