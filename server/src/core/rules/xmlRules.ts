// Rule metadata for the well-formedness problems the XML parser reports (core/xml/parser.ts).
import { DOCS, type RuleMeta } from './rule';

const XML_RULES: Record<string, string> = {
  'xml/attribute-without-value': 'An attribute has no value',
  'xml/cdata-end-in-text': '`]]>` appears in text',
  'xml/double-hyphen-in-comment': '`--` appears inside a comment',
  'xml/duplicate-attribute': 'An attribute appears twice on one element',
  'xml/empty-namespace-prefix-binding': 'A namespace prefix is bound to an empty URI',
  'xml/invalid-character-reference': 'A character reference names a character XML does not allow',
  'xml/malformed-markup': 'Markup starting with `<!` or `<?` is malformed',
  'xml/mismatched-end-tag': 'An end tag does not match its start tag',
  'xml/misplaced-declaration': 'The XML declaration is not at the start of the file',
  'xml/misplaced-doctype': 'A DOCTYPE appears after the root element starts',
  'xml/missing-quote': 'An attribute value lacks its closing quote',
  'xml/missing-space-before-attribute': 'An attribute is glued to the element name (a space is missing)',
  'xml/missing-space-between-attributes': 'Two attributes are not separated by whitespace',
  'xml/multiple-roots': 'The document has more than one root element',
  'xml/space-in-end-tag': 'Whitespace between `</` and the element name',
  'xml/split-xmlns': '`xmlns` is split by a space (`xml ns=`)',
  'xml/text-outside-root': 'Text appears outside the root element',
  'xml/unclosed-cdata': 'A CDATA section is not closed',
  'xml/unclosed-comment': 'A comment is not closed',
  'xml/unclosed-element': 'An element is never closed',
  'xml/unclosed-end-tag': 'An end tag is not finished with `>`',
  'xml/unclosed-processing-instruction': 'A processing instruction is not closed',
  'xml/unclosed-start-tag': 'A start tag is not finished with `>`',
  'xml/undeclared-prefix': 'A namespace prefix is used without being declared',
  'xml/unescaped-ampersand': 'A raw `&` that must be written `&amp;`',
  'xml/unescaped-less-than': 'A raw `<` that must be written `&lt;`',
  'xml/unexpected-character': 'An unexpected character inside a tag',
  'xml/unexpected-end-tag': 'An end tag without a matching start tag',
  'xml/unknown-entity': 'An entity reference XML does not define',
  'xml/unquoted-attribute-value': 'An attribute value without quotes',
  'xml/whitespace-before-declaration': 'Whitespace before the XML declaration',
};

const metas = new Map<string, RuleMeta>(
  Object.entries(XML_RULES).map(([id, title]) => [
    id,
    { id, title, defaultSeverity: 'error', docUrl: id === 'xml/undeclared-prefix' || id === 'xml/split-xmlns' || id === 'xml/empty-namespace-prefix-binding' ? DOCS.xmlNamespaces : DOCS.xml },
  ]),
);

export function xmlRuleMeta(code: string): RuleMeta {
  return metas.get(code) ?? { id: code, title: code, defaultSeverity: 'error', docUrl: DOCS.xml };
}

export function allXmlRuleMetas(): RuleMeta[] {
  return [...metas.values()];
}
