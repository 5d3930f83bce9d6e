// Public face of the error-code core: what the language server and the CLI import.
export type { CodeEntry, CodeKind, RelatedCode } from './types';
export { CODE_KINDS } from './types';
export { allEntries, lookupCode, lookupNumber, lookupSymbol, KIND_LABELS } from './catalogue';
export { parseCodeNumber, parseCodeNumbers, numberForms, formatHex, hresultFromWin32, type NumberForms } from './numberForms';
export { explainQuery, explainMarkdown, type ExplainResultJson, type ExplainMatchJson } from './explain';
export { renderEntryMarkdown } from './markdown';
export { findCodeMentions, type CodeMention, type MentionContext } from './detect';
export {
  codeHoverAt,
  codeInlayHints,
  rejectSummaries,
  type CodeHover,
  type CodeInlayHint,
  type RejectSummary,
} from './features';
export { parseNpsLine, type NpsLine, type NpsField, type NpsLineFormat } from './npsLog/lines';
export { decodeNpsField, DATABASE_COLUMNS } from './npsLog/fields';
export { LogSummariser, summariseLogText, type LogSummary, type LogFormat } from './npsLog/summary';
