// PEM blocks in an open text document: a hover that summarises the certificate(s) and diagnostics on the block.
import { SIZE_LIMIT_RULE } from '../rules/coreRules';
import { effectiveSeverity, type RuleMeta } from '../rules/rule';
import type { Finding, TextRange } from '../types';
import type { KnownCertificate } from './chain';
import { decodePemBlocks, describePemKind } from './decode';
import type { JudgeOptions } from './judge';
import { findPemBlocks, type PemBlock } from './pem';
import { inspectDecoded, type CertificateFileReport } from './report';
import { pemRules } from './rules';
import { runDocumentRule } from './runRules';
import { codeSpan, markdownText } from '../text/markdown';
import { certificateMarkdown, shortName } from './summary';

export interface PemOptions extends JudgeOptions {
  /** Workspace certificates, to complete chains (issuing CA without CDP, …). */
  readonly known?: readonly KnownCertificate[];
}

export interface PemHover {
  readonly range: TextRange;
  readonly markdown: string;
}

/** The block at `offset` and what it holds, for a hover; undefined outside certificate-like blocks. */
export function pemHoverAt(text: string, offset: number, options: PemOptions): PemHover | undefined {
  const block = findPemBlocks(text).find((candidate) => offset >= candidate.range.start && offset <= candidate.range.end);
  if (!block) return undefined;
  if (block.kind !== 'certificate' && block.kind !== 'pkcs7') {
    return { range: block.range, markdown: `**${markdownText(block.label)}**: ${describePemKind(block.kind)}.` };
  }
  const report = inspectBlock(block, options);
  if (report.error) return { range: block.range, markdown: `**${markdownText(block.label)}**: ${markdownText(report.error)}` };
  const parts = report.certificates.map((cert, i) =>
    certificateMarkdown(cert, {
      now: options.now,
      expiryWarningDays: options.expiryWarningDays,
      assessment: report.assessments[i],
      title: report.certificates.length > 1 ? `${i + 1}. ${shortName(cert)}` : undefined,
    }),
  );
  return { range: block.range, markdown: parts.join('\n\n---\n\n') };
}

/**
 * Certificate blocks decoded and judged per document. A CA bundle has a few hundred; a 10 MB file of PEM blocks
 * took 14 s per validation, on every keystroke. Private keys are still reported after the limit.
 */
export const MAX_PEM_BLOCKS_CHECKED = 250;

/** Diagnostics for every PEM block of a text: undecodable certificate blocks, private keys, and each certificate's findings. */
export function pemDocumentFindings(text: string, options: PemOptions): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: RuleMeta, range: TextRange, message: string): void => {
    const severity = effectiveSeverity(rule, options.rules);
    if (severity) findings.push({ ruleId: rule.id, severity, message, range, docUrl: rule.docUrl });
  };
  const blocks = findPemBlocks(text);
  let checked = 0;
  for (const block of blocks) {
    let error: string | undefined;
    let report: CertificateFileReport | undefined;
    if (block.kind === 'certificate' || block.kind === 'pkcs7') {
      if (checked++ === MAX_PEM_BLOCKS_CHECKED) {
        const rest = blocks.filter((b) => b.range.start >= block.range.start && (b.kind === 'certificate' || b.kind === 'pkcs7')).length;
        add(
          SIZE_LIMIT_RULE,
          block.beginRange,
          `This document has more than ${MAX_PEM_BLOCKS_CHECKED} certificate blocks: only the first ${MAX_PEM_BLOCKS_CHECKED} were checked; this one and the ${rest - 1} after it were not.`,
        );
      }
      if (checked > MAX_PEM_BLOCKS_CHECKED) continue;
      // Diagnostics show findings only: the other roles a certificate could serve are for the hover.
      report = inspectBlock(block, { ...options, listOtherRoles: false });
      error = report.error;
    }
    for (const rule of pemRules) runDocumentRule(rule, { block, error }, block.beginRange, options.rules, findings);
    if (!report || report.error) continue;
    for (const finding of report.findings) {
      const cert = report.certificates[finding.certificate];
      const prefix = report.certificates.length > 1 ? `${codeSpan(shortName(cert))}: ` : '';
      findings.push({ ruleId: finding.ruleId, severity: finding.severity, message: prefix + finding.message, range: block.beginRange, docUrl: finding.docUrl });
    }
  }
  return findings;
}

function inspectBlock(block: PemBlock, options: PemOptions): CertificateFileReport {
  return inspectDecoded(decodePemBlocks([block]), options);
}
