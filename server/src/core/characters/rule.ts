// The context of the rules that read an XML text character by character ("will it apply?"): the characters
// Windows' XML parser rejects or reads differently from what the text shows, and the encoding the text declares.
// They run once per parsed XML text (a profile with its embedded EAP configuration is one text), beside the
// well-formedness errors of the parser.
import type { ElementSpec } from '../catalogue/types';
import type { Rule, RuleContext } from '../rules/rule';
import type { XmlDocument, XmlElement } from '../xml/model';
import type { SourceEncoding } from './source';

export interface XmlTextRuleContext extends RuleContext {
  /** The text the XML was parsed from: the document, or a string of a script, or a block inside other text. */
  readonly text: string;
  readonly xml: XmlDocument;
  /** False past the size guard: the parser kept no element tree, so where a character lies is unknown. */
  readonly hasTree: boolean;
  /** The catalogue entry of an element (ProfileXML or EAP), or undefined for an element no catalogue knows. */
  specOf(element: XmlElement): ElementSpec | undefined;
  /** The XML is the document itself, as read from its file: not a string of a script, not escaped in other XML. */
  readonly standalone: boolean;
  /** How the document's bytes were decoded, when the caller read them (the CLI); the editor only has text. */
  readonly source?: SourceEncoding;
}

export type XmlTextRule = Rule<XmlTextRuleContext>;
