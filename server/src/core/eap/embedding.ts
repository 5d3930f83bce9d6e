// EAP XML written as escaped text inside a ProfileXML `<Configuration>` (`&lt;EapHostConfig …&gt;…`): the HTML-encoded
// form the separate CSP node …/Eap/Configuration takes, where the ProfileXML XSD expects the EapHostConfig element.
// The analysis parses it as an EAP unit of its own; the schema checks do not call it stray text, and
// profile/escaped-eap-configuration reports the form once.
import type { XmlElement } from '../xml/model';

/** The element's text is written with character references (`&lt;…`), not as CDATA or plain characters. */
export function isEscapedText(element: XmlElement): boolean {
  return element.children.some((c) => c.kind === 'text' && c.segments !== undefined);
}

/** `element` (a `<Configuration>`) holds no elements, only an escaped `<EapHostConfig …>`. */
export function escapedEapConfiguration(element: XmlElement): boolean {
  return !element.hasChildElements && /^<EapHostConfig[\s>]/.test(element.text.trimmed) && isEscapedText(element);
}
