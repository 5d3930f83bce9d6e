// How much the analysis keeps of a document that is huge or broken everywhere. Thousands of identical findings
// help nobody in a Problems panel, and in a generated or hostile file they would cost more memory and time than
// the document itself; past each limit a note says how many more there were.

/** Findings kept per rule and document (well-formedness errors: per error code); then one note counts the rest. */
export const MAX_FINDINGS_PER_RULE = 1000;

/** Findings kept per document, all rules together, first in document order; then one note counts the rest. */
export const MAX_FINDINGS_PER_DOCUMENT = 5000;

/**
 * Profiles or EAP configurations found in one text document (PowerShell output, logs, SyncML) that are analysed
 * in full; the ones after them are checked for well-formedness only, one at a time.
 */
export const MAX_ANALYSED_EMBEDDED_BLOCKS = 100;

/**
 * Elements kept in the trees of one document. A real profile has a few thousand (5,000 routes: 15,000); past
 * this many the document is only checked for well-formedness, like one past the size guard: 2,000,000 characters
 * of `<a>` are 650,000 elements, and their tree alone took 200 MB.
 */
export const MAX_TREE_ELEMENTS = 200_000;

/**
 * Check Workspace: candidate files (profiles, EAP files, scripts, certificates) read per run, and the bytes read of
 * each. A deployment repository holds tens of them; past these the run says how many it left out.
 */
export const MAX_WORKSPACE_CHECK_FILES = 2_000;
export const MAX_WORKSPACE_CHECK_FILE_BYTES = 16 * 1024 * 1024;
