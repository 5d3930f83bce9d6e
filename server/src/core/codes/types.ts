// The shape of the error-code knowledge: one entry per (kind, code), plain data.

/**
 * What a number can be. `win32` is a plain Win32 error (winerror.h) other than the IKE range, which has its own
 * kind because Always On VPN reports it so often; `hresult` is a full 32-bit HRESULT such as 0x800B0101.
 */
export type CodeKind = 'ras' | 'ike' | 'win32' | 'hresult' | 'nps-reason' | 'event';

export const CODE_KINDS: readonly CodeKind[] = ['ras', 'ike', 'win32', 'hresult', 'nps-reason', 'event'];

/** A pointer to an entry on the other side of the connection (client ↔ VPN server ↔ NPS). */
export interface RelatedCode {
  readonly kind: CodeKind;
  readonly code: number;
  /** For events: the log source, because event IDs are only unique per source. */
  readonly eventSource?: string;
  /** Why it is related, in one line. */
  readonly note: string;
}

export interface CodeEntry {
  readonly kind: CodeKind;
  /** The number; for `hresult` the unsigned 32-bit value. */
  readonly code: number;
  /** Symbolic name (ERROR_…, CERT_E_…, IAS_…), or undefined where none is published. */
  readonly symbol?: string;
  /** One line, our own words. */
  readonly summary: string;
  /** For events: the source (provider) that logs it and the log it lands in. */
  readonly eventSource?: string;
  readonly eventLog?: string;
  /** Likely causes in an Always On VPN deployment. */
  readonly causes: readonly string[];
  /** What to check next and how (commands in backticks). */
  readonly checks: readonly string[];
  readonly related: readonly RelatedCode[];
  /** Caveats: deprecated, unverified, alternative readings, pitfalls. */
  readonly notes: readonly string[];
  /** Where the facts come from (document or header), for traceability. */
  readonly source: string;
}

/** Extra knowledge layered on a catalogue entry for the codes that matter to Always On VPN. */
export interface Guidance {
  readonly causes?: readonly string[];
  readonly checks?: readonly string[];
  readonly related?: readonly RelatedCode[];
  readonly notes?: readonly string[];
  /** Source of the guidance when it differs from the entry's. */
  readonly source?: string;
}
