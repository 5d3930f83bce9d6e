// Public face of the error-code core: what the language server and the CLI import.
export { explainMarkdown } from './explain';
export { codeHoverAt, codeInlayHints, rejectSummaries } from './features';
