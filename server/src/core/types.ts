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

/**
 * `safe`: one right answer, applied by fix-all and `--fix`; `suggestion`: needs a person, light bulb only.
 * (The full definition is with the rule kit, core/rules/rule.ts.)
 */
export type FixKind = 'safe' | 'suggestion';

export interface Fix {
  /** Plain text (editors show it as is): what the fix does, naming what it changes. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly kind: FixKind;
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
