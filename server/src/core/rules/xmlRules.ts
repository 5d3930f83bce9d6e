// The XML family: one rule per well-formedness problem the parser reports (core/xml/parser.ts). The parser is the
// shared pass that finds them all at once, so these rules have no check of their own; its error codes are the
// type XmlErrorCode, and this table maps every code to its rule object (a code without a rule does not compile).
// Facts: Extensible Markup Language (XML) 1.0 and Namespaces in XML 1.0 (W3C).
import { SOURCES } from '../sources';
import type { XmlErrorCode } from '../xml/model';
import type { Rule } from './rule';

/** A rule of the XML family: metadata only, reported by the parser. */
export type XmlRule = Rule & { readonly id: XmlErrorCode };

const XML = SOURCES.xml.url;
const NAMESPACES = SOURCES.xmlNamespaces.url;

/** A small ProfileXML around `inner`, for the examples. */
function profile(inner: string): string {
  return `<VPNProfile>\n${inner}\n</VPNProfile>\n`;
}

const PROFILE_NAME = '  <ProfileName>Contoso VPN</ProfileName>';

export const XML_RULES: Readonly<Record<XmlErrorCode, XmlRule>> = {
  'xml/attribute-without-value': {
    id: 'xml/attribute-without-value',
    defaultSeverity: 'error',
    title: 'An attribute has no value',
    docUrl: `${XML}#NT-Attribute`,
    fixKinds: [],
    docs: {
      rationale: 'In XML every attribute is a name, `=` and a quoted value; a bare name (`<Config default>`) is not XML. Which value was meant cannot be guessed, so there is no fix.',
      wrong: profile('  <NativeProfile default>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>'),
      right: profile('  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>'),
    },
  },
  'xml/cdata-end-in-text': {
    id: 'xml/cdata-end-in-text',
    defaultSeverity: 'error',
    title: '`]]>` appears in text',
    docUrl: `${XML}#syntax`,
    fixKinds: ['safe'],
    docs: {
      rationale: 'XML reserves `]]>` for the end of a CDATA section; in ordinary text it must be written `]]&gt;`. The fix escapes the `>`, which keeps the text exactly as it reads.',
      wrong: profile('  <ProfileName>a]]>b</ProfileName>'),
      right: profile('  <ProfileName>a]]&gt;b</ProfileName>'),
    },
  },
  'xml/double-hyphen-in-comment': {
    id: 'xml/double-hyphen-in-comment',
    defaultSeverity: 'error',
    title: '`--` appears inside a comment',
    docUrl: `${XML}#sec-comments`,
    fixKinds: [],
    docs: {
      rationale: 'An XML comment may not contain `--` before its end. Strict parsers reject the document; rewrite the comment (often a commented-out command line with `--options`).',
      wrong: profile(`  <!-- set with --force -->\n${PROFILE_NAME}`),
      right: profile(`  <!-- set with -force -->\n${PROFILE_NAME}`),
    },
  },
  'xml/duplicate-attribute': {
    id: 'xml/duplicate-attribute',
    defaultSeverity: 'error',
    title: 'An attribute appears twice on one element',
    docUrl: `${XML}#uniqattspec`,
    fixKinds: [],
    docs: {
      rationale: 'An attribute name may appear only once in a start tag. Which of the two values was meant is for a person to decide.',
      wrong: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig" xmlns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n',
      right: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n',
    },
  },
  'xml/empty-namespace-prefix-binding': {
    id: 'xml/empty-namespace-prefix-binding',
    defaultSeverity: 'error',
    title: 'A namespace prefix is bound to an empty URI',
    docUrl: `${NAMESPACES}#ns-decl`,
    fixKinds: [],
    docs: {
      rationale: 'Namespaces in XML 1.0 forbids binding a prefix to an empty namespace name (`xmlns:p=""`); only the default namespace may be undeclared that way.',
      wrong: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig" xmlns:baseEap=""></EapHostConfig>\n',
      right: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig" xmlns:baseEap="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"></EapHostConfig>\n',
    },
  },
  'xml/invalid-character-reference': {
    id: 'xml/invalid-character-reference',
    defaultSeverity: 'error',
    title: 'A character reference names a character XML does not allow',
    docUrl: `${XML}#wf-Legalchar`,
    fixKinds: [],
    docs: {
      rationale: 'A character reference (`&#…;`) must name a character XML allows: not NUL, most control characters or a lone surrogate. What was meant is unknown, so there is no fix.',
      wrong: profile('  <ProfileName>Contoso&#0;VPN</ProfileName>'),
      right: profile('  <ProfileName>Contoso&#32;VPN</ProfileName>'),
    },
  },
  'xml/malformed-markup': {
    id: 'xml/malformed-markup',
    defaultSeverity: 'error',
    title: 'Markup starting with `<!` or `<?` is malformed',
    docUrl: `${XML}#sec-documents`,
    fixKinds: [],
    docs: {
      rationale: 'After `<!` XML allows only a comment (`<!--`), a CDATA section (`<![CDATA[`) or a DOCTYPE, and after `<?` a processing instruction with a name. Anything else is not XML.',
      wrong: profile(`  <!- note ->\n${PROFILE_NAME}`),
      right: profile(`  <!-- note -->\n${PROFILE_NAME}`),
    },
  },
  'xml/mismatched-end-tag': {
    id: 'xml/mismatched-end-tag',
    defaultSeverity: 'error',
    title: 'An end tag does not match its start tag',
    docUrl: `${XML}#GIMatch`,
    fixKinds: ['suggestion'],
    docs: {
      rationale: 'An end tag must repeat the name of its start tag exactly, letter case included. The fix renames the end tag; since the start tag may be the misspelled one, it is a suggestion.',
      wrong: profile('  <ProfileName>Contoso VPN</Profilename>'),
      right: profile(PROFILE_NAME),
    },
  },
  'xml/misplaced-declaration': {
    id: 'xml/misplaced-declaration',
    defaultSeverity: 'error',
    title: 'The XML declaration is not at the start of the file',
    docUrl: `${XML}#sec-prolog-dtd`,
    fixKinds: [],
    docs: {
      rationale: 'The XML declaration (`<?xml version="1.0"?>`) may only open the document. Anywhere else, often after two files were pasted together, it makes the document invalid.',
      wrong: `<VPNProfile>\n  <?xml version="1.0"?>\n${PROFILE_NAME}\n</VPNProfile>\n`,
      right: `<?xml version="1.0"?>\n<VPNProfile>\n${PROFILE_NAME}\n</VPNProfile>\n`,
    },
  },
  'xml/misplaced-doctype': {
    id: 'xml/misplaced-doctype',
    defaultSeverity: 'error',
    title: 'A DOCTYPE appears after the root element starts',
    docUrl: `${XML}#sec-prolog-dtd`,
    fixKinds: [],
    docs: {
      rationale: 'A document type declaration belongs in the prolog, before the root element.',
      wrong: profile(`  <!DOCTYPE VPNProfile>\n${PROFILE_NAME}`),
      right: `<!DOCTYPE VPNProfile>\n<VPNProfile>\n${PROFILE_NAME}\n</VPNProfile>\n`,
    },
  },
  'xml/missing-quote': {
    id: 'xml/missing-quote',
    defaultSeverity: 'error',
    title: 'An attribute value lacks its closing quote',
    docUrl: `${XML}#NT-AttValue`,
    fixKinds: ['safe', 'suggestion'],
    docs: {
      rationale:
        'An attribute value runs from its opening quote to the same quote. When the closing quote is missing before the `>` of the tag, adding it there is the one repair (safe). ' +
        'Before `/>` the value might end in `/` or the element be self-closing: the quote is then a suggestion.',
      wrong: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig></EapHostConfig>\n',
      right: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n',
    },
  },
  'xml/missing-space-before-attribute': {
    id: 'xml/missing-space-before-attribute',
    defaultSeverity: 'error',
    title: 'An attribute is glued to the element name (a space is missing)',
    docUrl: `${XML}#NT-STag`,
    fixKinds: ['safe'],
    docs: {
      rationale:
        'A space separates an element name from its first attribute. Profiles copied from wrapped PowerShell output often lose it (`<EapHostConfigxmlns="…">`, seen in Microsoft\'s own troubleshooting output). ' +
        'When the glued attribute is `xmlns` or another known attribute, inserting the space restores the tag (safe).',
      wrong: '<EapHostConfigxmlns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n',
      right: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n',
    },
  },
  'xml/missing-space-between-attributes': {
    id: 'xml/missing-space-between-attributes',
    defaultSeverity: 'error',
    title: 'Two attributes are not separated by whitespace',
    docUrl: `${XML}#NT-STag`,
    fixKinds: ['safe'],
    docs: {
      rationale: 'Attributes are separated by whitespace: `a="1"b="2"` is not XML. Inserting the space is the one repair (safe).',
      wrong: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"xmlns:baseEap="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"></EapHostConfig>\n',
      right: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig" xmlns:baseEap="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"></EapHostConfig>\n',
    },
  },
  'xml/multiple-roots': {
    id: 'xml/multiple-roots',
    defaultSeverity: 'error',
    title: 'The document has more than one root element',
    docUrl: `${XML}#dt-root`,
    fixKinds: [],
    docs: {
      rationale: 'An XML document has exactly one root element. Two profiles in one file, or a second element after `</VPNProfile>`, make it not well-formed.',
      wrong: `<VPNProfile>\n${PROFILE_NAME}\n</VPNProfile>\n<VPNProfile>\n${PROFILE_NAME}\n</VPNProfile>\n`,
      right: profile(PROFILE_NAME),
    },
  },
  'xml/space-in-end-tag': {
    id: 'xml/space-in-end-tag',
    defaultSeverity: 'error',
    title: 'Whitespace between `</` and the element name',
    docUrl: `${XML}#NT-ETag`,
    fixKinds: ['safe'],
    docs: {
      rationale: 'No whitespace may follow `</` in an end tag. Removing it is the one repair (safe).',
      wrong: profile('  <ProfileName>Contoso VPN</ ProfileName>'),
      right: profile(PROFILE_NAME),
    },
  },
  'xml/split-xmlns': {
    id: 'xml/split-xmlns',
    defaultSeverity: 'error',
    title: '`xmlns` is split by a space (`xml ns=`)',
    docUrl: `${NAMESPACES}#ns-decl`,
    fixKinds: ['safe'],
    docs: {
      rationale:
        "A namespace is declared by the attribute `xmlns`; a space inside it (`xml ns=`, as in the PowerShell output of Microsoft's troubleshooting guide) leaves the namespace undeclared, so the elements are no longer the ones the EAP schema defines. " +
        'Joining the two halves restores the declaration (safe).',
      wrong: '<EapHostConfig xml ns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n',
      right: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n',
    },
  },
  'xml/text-outside-root': {
    id: 'xml/text-outside-root',
    defaultSeverity: 'error',
    title: 'Text appears outside the root element',
    docUrl: `${XML}#NT-document`,
    fixKinds: [],
    docs: {
      rationale: 'Only whitespace, comments and processing instructions may surround the root element. Text there (a stray word, a line of a script) makes the document invalid.',
      wrong: `${profile(PROFILE_NAME)}done\n`,
      right: profile(PROFILE_NAME),
    },
  },
  'xml/typographic-quotes': {
    id: 'xml/typographic-quotes',
    defaultSeverity: 'error',
    title: 'Typographic quotation marks around an attribute value',
    docUrl: `${XML}#NT-AttValue`,
    fixKinds: ['safe'],
    docs: {
      rationale:
        'XML delimits attribute values with the straight quotes `"` and `\'` only. Word processors, chat clients and web pages turn them into typographic quotation marks (U+201C and U+201D, U+2018 and U+2019, U+201E, « »), which XML reads as ordinary characters: the value is then unquoted and the document is not well-formed, so Windows rejects the profile. ' +
        'Each typographic mark used as a delimiter is named at its position; replacing it with the straight quote it stands for is the one repair (safe: the value between them is kept as written).',
      wrong: '<EapHostConfig xmlns=\u201chttp://www.microsoft.com/provisioning/EapHostConfig\u201d></EapHostConfig>\n',
      right: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n',
    },
  },
  'xml/unclosed-cdata': {
    id: 'xml/unclosed-cdata',
    defaultSeverity: 'error',
    title: 'A CDATA section is not closed',
    docUrl: `${XML}#sec-cdata-sect`,
    fixKinds: [],
    docs: {
      rationale: 'A CDATA section runs to `]]>`; without it the rest of the document is swallowed as text. Where it should end is for a person to decide.',
      wrong: profile('  <ProfileName><![CDATA[Contoso VPN</ProfileName>'),
      right: profile('  <ProfileName><![CDATA[Contoso VPN]]></ProfileName>'),
    },
  },
  'xml/unclosed-comment': {
    id: 'xml/unclosed-comment',
    defaultSeverity: 'error',
    title: 'A comment is not closed',
    docUrl: `${XML}#sec-comments`,
    fixKinds: [],
    docs: {
      rationale: 'A comment runs to `-->`; without it everything after it is commented out. Where it should end is for a person to decide.',
      wrong: `<VPNProfile>\n  <!-- routes follow\n${PROFILE_NAME}\n</VPNProfile>\n`,
      right: `<VPNProfile>\n  <!-- routes follow -->\n${PROFILE_NAME}\n</VPNProfile>\n`,
    },
  },
  'xml/unclosed-element': {
    id: 'xml/unclosed-element',
    defaultSeverity: 'error',
    title: 'An element is never closed',
    docUrl: `${XML}#sec-starttags`,
    fixKinds: ['safe', 'suggestion'],
    docs: {
      rationale:
        'Every start tag needs its end tag. The fix inserts the end tag where the parent closes or the document ends. For an element that holds only text that is the one right place (safe); ' +
        'an element holding elements would take in whatever follows, siblings meant to come after it included, so there the fix is a suggestion.',
      wrong: profile('  <NativeProfile>\n    <Servers>vpn.example.net\n  </NativeProfile>'),
      right: profile('  <NativeProfile>\n    <Servers>vpn.example.net</Servers>\n  </NativeProfile>'),
    },
  },
  'xml/unclosed-end-tag': {
    id: 'xml/unclosed-end-tag',
    defaultSeverity: 'error',
    title: 'An end tag is not finished with `>`',
    docUrl: `${XML}#NT-ETag`,
    fixKinds: ['safe'],
    docs: {
      rationale: 'An end tag ends with `>`. When the name is complete and the next tag follows, adding `>` is the one repair (safe).',
      wrong: profile('  <ProfileName>Contoso VPN</ProfileName\n  <AlwaysOn>true</AlwaysOn>'),
      right: profile(`${PROFILE_NAME}\n  <AlwaysOn>true</AlwaysOn>`),
    },
  },
  'xml/unclosed-processing-instruction': {
    id: 'xml/unclosed-processing-instruction',
    defaultSeverity: 'error',
    title: 'A processing instruction is not closed',
    docUrl: `${XML}#sec-pi`,
    fixKinds: [],
    docs: {
      rationale: 'A processing instruction or the XML declaration runs to `?>`; without it the rest of the document belongs to it.',
      wrong: `${profile(PROFILE_NAME)}<?aovpn generated by a script\n`,
      right: `${profile(PROFILE_NAME)}<?aovpn generated by a script?>\n`,
    },
  },
  'xml/unclosed-start-tag': {
    id: 'xml/unclosed-start-tag',
    defaultSeverity: 'error',
    title: 'A start tag is not finished with `>`',
    docUrl: `${XML}#NT-STag`,
    fixKinds: [],
    docs: {
      rationale:
        'A start tag ends with `>` (or `/>` for an empty element). A tag cut short, often while typing, is treated as empty so the rest keeps its structure; whether it was meant to be empty is unknown, so there is no fix.',
      wrong: profile('  <ProfileName\n  <AlwaysOn>true</AlwaysOn>'),
      right: profile('  <ProfileName/>\n  <AlwaysOn>true</AlwaysOn>'),
    },
  },
  'xml/undeclared-prefix': {
    id: 'xml/undeclared-prefix',
    defaultSeverity: 'error',
    title: 'A namespace prefix is used without being declared',
    docUrl: `${NAMESPACES}#nsc-NSDeclared`,
    fixKinds: [],
    docs: {
      rationale: 'A prefixed name (`baseEap:Type`) needs an `xmlns:baseEap="…"` declaration on the element or an ancestor. Which namespace was meant is not always clear, so there is no fix.',
      wrong: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><baseEap:Eap></baseEap:Eap></EapHostConfig>\n',
      right:
        '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig" xmlns:baseEap="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><baseEap:Eap></baseEap:Eap></EapHostConfig>\n',
    },
  },
  'xml/unescaped-ampersand': {
    id: 'xml/unescaped-ampersand',
    defaultSeverity: 'error',
    title: 'A raw `&` that must be written `&amp;`',
    docUrl: `${XML}#syntax`,
    fixKinds: ['safe'],
    docs: {
      rationale:
        'In XML `&` starts an entity or character reference; a literal ampersand is written `&amp;`, and a raw one makes the document not well-formed, which XML parsers refuse. Escaping it keeps the text as it reads (safe).',
      wrong: profile('  <ProfileName>Sales & Marketing VPN</ProfileName>'),
      right: profile('  <ProfileName>Sales &amp; Marketing VPN</ProfileName>'),
    },
  },
  'xml/unescaped-less-than': {
    id: 'xml/unescaped-less-than',
    defaultSeverity: 'error',
    title: 'A raw `<` that must be written `&lt;`',
    docUrl: `${XML}#syntax`,
    fixKinds: ['safe', 'suggestion'],
    docs: {
      rationale:
        'A `<` that starts no tag must be written `&lt;`. Escaping it keeps the text as it reads (safe), except where it looks like a tag with a stray space (`< Route>`): there the author may have meant the tag, so escaping is a suggestion.',
      wrong: profile('  <ProfileName>VPN < 2</ProfileName>'),
      right: profile('  <ProfileName>VPN &lt; 2</ProfileName>'),
    },
  },
  'xml/unexpected-character': {
    id: 'xml/unexpected-character',
    defaultSeverity: 'error',
    title: 'An unexpected character inside a tag',
    docUrl: `${XML}#NT-STag`,
    fixKinds: [],
    docs: {
      rationale: 'Inside a tag only the name, attributes and whitespace may appear (and only the name in an end tag). A stray character there has no single repair.',
      wrong: profile('  <ProfileName ;>Contoso VPN</ProfileName>'),
      right: profile(PROFILE_NAME),
    },
  },
  'xml/unexpected-end-tag': {
    id: 'xml/unexpected-end-tag',
    defaultSeverity: 'error',
    title: 'An end tag without a matching start tag',
    docUrl: `${XML}#sec-starttags`,
    fixKinds: ['suggestion'],
    docs: {
      rationale: 'An end tag must close an open element. The fix removes the stray end tag; since the missing piece may be a start tag instead, it is a suggestion.',
      wrong: profile(`${PROFILE_NAME}</Route>`),
      right: profile(PROFILE_NAME),
    },
  },
  'xml/unknown-entity': {
    id: 'xml/unknown-entity',
    defaultSeverity: 'error',
    title: 'An entity reference XML does not define',
    docUrl: `${XML}#sec-predefined-ent`,
    fixKinds: ['suggestion'],
    docs: {
      rationale:
        'XML defines only `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&apos;` (and numeric references); HTML entities such as `&nbsp;` are not XML. ' +
        'The fix escapes the `&` so the text reads literally; the author may have meant the character the entity names, so it is a suggestion.',
      wrong: profile('  <ProfileName>Contoso&nbsp;VPN</ProfileName>'),
      right: profile('  <ProfileName>Contoso&#160;VPN</ProfileName>'),
    },
  },
  'xml/unquoted-attribute-value': {
    id: 'xml/unquoted-attribute-value',
    defaultSeverity: 'error',
    title: 'An attribute value without quotes',
    docUrl: `${XML}#NT-AttValue`,
    fixKinds: ['safe'],
    docs: {
      rationale: 'Attribute values are quoted in XML. Wrapping the value in double quotes (escaping any double quote inside) is the one repair (safe).',
      wrong: '<EapHostConfig xmlns=http://www.microsoft.com/provisioning/EapHostConfig></EapHostConfig>\n',
      right: '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"></EapHostConfig>\n',
    },
  },
  'xml/whitespace-before-declaration': {
    id: 'xml/whitespace-before-declaration',
    defaultSeverity: 'error',
    title: 'Whitespace before the XML declaration',
    docUrl: `${XML}#sec-prolog-dtd`,
    fixKinds: ['safe'],
    docs: {
      rationale:
        'The XML declaration must be the very first characters of the file; even whitespace before it (common in samples copied from documentation) makes strict parsers reject the document. ' +
        'Removing the whitespace changes nothing else (safe).',
      wrong: `  <?xml version="1.0"?>\n${profile(PROFILE_NAME)}`,
      right: `<?xml version="1.0"?>\n${profile(PROFILE_NAME)}`,
    },
  },
};

/** The rule a parser error code reports under. */
export function xmlRuleFor(code: XmlErrorCode): XmlRule {
  return XML_RULES[code];
}

/** Every XML rule, sorted by ID. */
export const xmlRules: readonly XmlRule[] = Object.values(XML_RULES).sort((a, b) => (a.id < b.id ? -1 : 1));
