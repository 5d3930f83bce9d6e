// The parts of a ProfileXML or EAP XML document that refer to certificates: thumbprints (TrustedRootCA, IssuerHash,
// DeviceCompliance/Sso/IssuerHash) and server names (the profile's Servers, the EAP ServerNames), in document
// offsets. The cross-reference rules compare them with the workspace's certificates.
import type { Analysis } from '../analysis';
import { toOriginalRange } from '../documents/sourceMap';
import type { TextRange } from '../types';
import { splitList } from '../values/lists';
import { walkElements } from '../xml/query';
import type { RoleContext } from './roles';

export type ThumbprintElement = 'TrustedRootCA' | 'IssuerHash' | 'SsoIssuerHash';

export interface ThumbprintReference {
  /** The element's text as written (any spelling; surrounding whitespace allowed). */
  readonly text: string;
  readonly range: TextRange;
  readonly element: ThumbprintElement;
}

/** The text of a ProfileXML `Servers` or EAP `ServerNames` element and the document offset where that text starts. */
export interface NameListText {
  readonly text: string;
  readonly start: number;
  /** For a profile's `Servers`: the tunnel protocol the profile pins (`NativeProtocolType` Ikev2 or Sstp, any case). */
  readonly protocol?: 'ikev2' | 'sstp';
}

export interface NamedEntry {
  readonly name: string;
  readonly range: TextRange;
}

export interface DocumentNames {
  readonly profileServers: NameListText[];
  readonly eapServerNames: NameListText[];
}

export interface CertificateReferences extends DocumentNames {
  readonly thumbprints: ThumbprintReference[];
}

export function certificateReferences(analysis: Analysis): CertificateReferences {
  const profileServers: NameListText[] = [];
  const eapServerNames: NameListText[] = [];
  const thumbprints: ThumbprintReference[] = [];
  for (const unit of analysis.units) {
    const toDocument = (range: TextRange): TextRange => toOriginalRange(unit.map, range);
    const add = (element: ThumbprintElement, text: string, range: TextRange) => {
      if (text) thumbprints.push({ text, range: toDocument(range), element });
    };
    if (unit.profile) {
      const servers = unit.profile.element('NativeProfile/Servers');
      const protocol = unit.profile.element('NativeProfile/NativeProtocolType')?.text.trimmed.toLowerCase();
      if (servers?.text.trimmed) {
        profileServers.push({
          text: servers.text.trimmed,
          start: unit.map.toOriginal(servers.text.range.start),
          ...(protocol === 'ikev2' || protocol === 'sstp' ? { protocol } : {}),
        });
      }
      const sso = unit.profile.element('DeviceCompliance/Sso/IssuerHash');
      if (sso) add('SsoIssuerHash', sso.text.trimmed, sso.text.range);
      continue;
    }
    for (const element of walkElements(unit.root)) {
      if (element.localName === 'ServerNames' && element.text.trimmed) {
        eapServerNames.push({ text: element.text.trimmed, start: unit.map.toOriginal(element.text.range.start) });
      } else if (element.localName === 'TrustedRootCA') add('TrustedRootCA', element.text.trimmed, element.text.range);
      else if (element.localName === 'IssuerHash') add('IssuerHash', element.text.trimmed, element.text.range);
    }
  }
  return { profileServers, eapServerNames, thumbprints };
}

/** `Servers`: comma-separated, each entry optionally `server;FriendlyName` (VPNv2 CSP, NativeProfile/Servers). */
export function profileServerEntries(value: NameListText): NamedEntry[] {
  return splitList(value.text, ',')
    .items.map((item) => {
      const name = item.text.split(';')[0].trim();
      const start = value.start + item.start;
      return { name, range: { start, end: start + name.length } };
    })
    .filter((entry) => entry.name);
}

/** `ServerNames`: semicolon-separated names or regular expressions (EapHost schema, ServerNames element). */
export function eapServerNameEntries(value: NameListText): NamedEntry[] {
  return splitList(value.text, ';').items.map((item) => ({ name: item.text, range: { start: value.start + item.start, end: value.start + item.start + item.text.length } }));
}

/** The workspace names as judging context for certificates (viewer, PEM diagnostics, CLI). */
export function roleContextFrom(input: { profileServers?: readonly NameListText[]; eapServerNames?: readonly NameListText[] }): RoleContext {
  // Several profiles often name the same server: list each name once.
  const servers = (protocol?: NameListText['protocol']): string[] => [
    ...new Set(
      (input.profileServers ?? [])
        .filter((list) => !protocol || list.protocol === protocol)
        .flatMap(profileServerEntries)
        .map((entry) => entry.name),
    ),
  ];
  return {
    profileServers: servers(),
    eapServerNames: [...new Set((input.eapServerNames ?? []).flatMap(eapServerNameEntries).map((entry) => entry.name))],
    ikev2Servers: servers('ikev2'),
    sstpServers: servers('sstp'),
  };
}
