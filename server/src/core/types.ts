// Plain result types shared by the analysis core, the server and the CLI.
// Offsets are UTF-16 code-unit offsets into the analysed text (what LSP uses by default).

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly range: TextRange;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one obvious fix: editors apply it from the light bulb first. */
  readonly isPreferred?: boolean;
}

export interface RelatedLocation {
  readonly range: TextRange;
  readonly message: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: TextRange;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  readonly docUrl?: string;
  /** Rendered faded by editors (code that has no effect). */
  readonly unnecessary?: boolean;
}

export function range(start: number, end: number): TextRange {
  return { start, end };
}
