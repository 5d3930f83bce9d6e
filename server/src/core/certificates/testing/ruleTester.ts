// The certificate rule tester, in the table style of core/testing/ruleTester.ts: a rule object and tables of
// valid and invalid cases, each invalid case listing every finding the rule must report. A case is either
// - a certificate, judged the way the viewer, `aovpn cert` and PEM diagnostics judge it (role asked or inferred,
//   issuers, the workspace's server names), for rules that judge one certificate; or
// - a document (ProfileXML, EAP XML or text with PEM blocks) with the workspace's certificate files, checked the
//   way the language server checks it, for the thumbprint, server-name and PEM rules.
// Certificates are made on the fly (async), so cases give them as values or as functions returning promises.
// Beyond the tables it checks what every rule owes: it is the registered object, it declares its fix kinds (none:
// certificate rules change no file) and it explains itself (docs.rationale).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../analysis';
import { ruleById } from '../../rules/registry';
import type { RuleMeta, RuleSettings } from '../../rules/rule';
import { locate, type Locator } from '../../testing/ruleTester';
import type { Severity } from '../../types';
import { checkDocumentCertificates } from '../crossReference';
import { decodeCertificate } from '../decode';
import { assessCertificate } from '../judge';
import { certificateReferences, roleContextFrom } from '../references';
import type { CertificateRole, RoleChoice, RoleContext } from '../roles';
import { CertificateIndex } from '../workspaceIndex';
import { NOW, contosoPki, type MadeCertificate, type Pki } from './certificates';

/** A value, or a function that makes it (certificates are made asynchronously). */
export type Lazy<T> = T | (() => T | Promise<T>);

/** One of the Contoso PKI's good certificates, made when the case runs. */
export function pki(name: keyof Pki): () => Promise<MadeCertificate> {
  return async () => (await contosoPki())[name];
}

export interface CertificateCase {
  readonly name: string;
  /** The certificate judged. */
  readonly certificate?: Lazy<MadeCertificate>;
  /** The role asked for; by default the roles are inferred, as with `--role auto`. */
  readonly role?: RoleChoice;
  /** The certificate's issuers, nearest first. */
  readonly issuers?: Lazy<readonly MadeCertificate[]>;
  /** A document that refers to certificates: ProfileXML, EAP XML, or text with PEM blocks. */
  readonly document?: Lazy<string>;
  /** The workspace's certificate files by URI (for documents; PEM blocks also complete their chains from them). */
  readonly workspaceFiles?: Lazy<Readonly<Record<string, readonly MadeCertificate[]>>>;
  /** Server names of the workspace's profiles (for a judged certificate, or added to a document's own). */
  readonly workspace?: RoleContext;
  readonly now?: Date;
  readonly expiryWarningDays?: number;
  /** Rule settings; an opt-in rule under test is switched on unless set here. */
  readonly settings?: RuleSettings;
}

export interface ExpectedCertificateFinding {
  /** A part of the message (a string it must contain) or a pattern it must match. */
  readonly message?: string | RegExp;
  readonly severity?: Severity;
  /** A judged certificate's finding: the role it is about, or `null` when it holds whatever the role. */
  readonly role?: CertificateRole | null;
  /** A document's finding: where it is; `{ element }` is the text of that element's first occurrence, without surrounding whitespace. */
  readonly at?: Locator | { readonly element: string };
  /** A finding a document causes on a workspace certificate: that certificate's file. */
  readonly file?: string;
}

export interface InvalidCertificateCase extends CertificateCase {
  /** Every finding of the rule, in the order they are reported. */
  readonly findings: readonly ExpectedCertificateFinding[];
}

export interface CertificateRuleCases {
  readonly valid: readonly CertificateCase[];
  readonly invalid: readonly InvalidCertificateCase[];
}

/** One finding of the rule as the case produced it. */
export interface ObservedCertificateFinding {
  readonly message: string;
  readonly severity: Severity;
  readonly role?: CertificateRole | null;
  readonly range?: { readonly start: number; readonly end: number };
  readonly file?: string;
}

async function resolve<T>(value: Lazy<T> | undefined): Promise<T | undefined> {
  return typeof value === 'function' ? (value as () => T | Promise<T>)() : value;
}

function settingsFor(rule: RuleMeta, settings: RuleSettings = {}): RuleSettings {
  return rule.optIn && !(rule.id in settings) ? { ...settings, [rule.id]: rule.defaultSeverity } : settings;
}

/** The findings of `rule` in a case, as users see them. */
export async function certificateFindingsOf(rule: RuleMeta, testCase: CertificateCase): Promise<{ findings: ObservedCertificateFinding[]; text?: string }> {
  const now = testCase.now ?? NOW;
  const rules = settingsFor(rule, testCase.settings);
  const made = await resolve(testCase.certificate);
  const text = await resolve(testCase.document);
  assert.ok((made === undefined) !== (text === undefined), `case «${testCase.name}» gives a certificate or a document`);
  if (made) {
    const issuers = ((await resolve(testCase.issuers)) ?? []).map((issuer) => decodeCertificate(issuer.der));
    const assessment = assessCertificate(decodeCertificate(made.der), { now, expiryWarningDays: testCase.expiryWarningDays, role: testCase.role, context: testCase.workspace, rules, issuers });
    return { findings: assessment.findings.filter((f) => f.ruleId === rule.id).map((f) => ({ message: f.message, severity: f.severity, role: f.role ?? null })) };
  }
  const index = new CertificateIndex();
  for (const [uri, files] of Object.entries((await resolve(testCase.workspaceFiles)) ?? {})) {
    index.setFile(
      uri,
      files.map((file, i) => ({ ...decodeCertificate(file.der), index: i })),
    );
  }
  const analysis = analyzeDocument(text!);
  const references = certificateReferences(analysis);
  const own = roleContextFrom(references);
  const merge = (key: keyof RoleContext): string[] => [...(testCase.workspace?.[key] ?? []), ...(own[key] ?? [])];
  const names: RoleContext = { profileServers: merge('profileServers'), eapServerNames: merge('eapServerNames'), ikev2Servers: merge('ikev2Servers'), sstpServers: merge('sstpServers') };
  const result = checkDocumentCertificates(analysis, { index, names }, { now, expiryWarningDays: testCase.expiryWarningDays, rules, references });
  return {
    text,
    findings: [
      ...result.findings.filter((f) => f.ruleId === rule.id).map((f) => ({ message: f.message, severity: f.severity, range: f.range })),
      ...result.certificateFindings.filter((f) => f.finding.ruleId === rule.id).map((f) => ({ message: f.finding.message, severity: f.finding.severity, file: f.uri })),
    ],
  };
}

function locateIn(text: string, at: Locator | { readonly element: string }): { start: number; end: number } {
  if (typeof at !== 'object' || !('element' in at)) return locate(text, at);
  const open = new RegExp(`<${at.element}(?=[\\s>])[^>]*>`).exec(text);
  assert.ok(open, `the test text has an element <${at.element}>`);
  let start = open.index + open[0].length;
  let end = text.indexOf(`</${at.element}`, start);
  assert.notEqual(end, -1, `the test text closes <${at.element}>`);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function describeFinding(finding: ObservedCertificateFinding): string {
  const where = finding.range ? ` at ${finding.range.start}-${finding.range.end}` : finding.file ? ` on ${finding.file}` : finding.role !== undefined ? ` (${finding.role ?? 'any role'})` : '';
  return `${finding.severity}${where}: ${finding.message}`;
}

/** Registers node:test tests for a certificate rule: its tables and the checks every rule owes. */
export function testCertificateRule(rule: RuleMeta, cases: CertificateRuleCases): void {
  describe(rule.id, () => {
    test('is the registered rule object, declares its fix kinds and explains itself', () => {
      assert.equal(ruleById(rule.id), rule, `${rule.id} is in the rule registry`);
      assert.deepEqual(rule.fixKinds, [], 'certificate rules offer no fix');
      assert.ok((rule.docs?.rationale.length ?? 0) > 40, 'docs.rationale says why the rule exists');
    });

    for (const valid of cases.valid) {
      test(`valid: ${valid.name}`, async () => {
        const { findings } = await certificateFindingsOf(rule, valid);
        assert.deepEqual(findings.map(describeFinding), [], `no ${rule.id} finding`);
      });
    }

    for (const invalid of cases.invalid) {
      test(`invalid: ${invalid.name}`, async () => {
        const { findings, text } = await certificateFindingsOf(rule, invalid);
        assert.equal(findings.length, invalid.findings.length, `${invalid.findings.length} finding(s) expected; the rule reported:\n${findings.map(describeFinding).join('\n')}`);
        invalid.findings.forEach((expected, index) => {
          const finding = findings[index];
          const where = `finding ${index + 1} (${describeFinding(finding)})`;
          if (typeof expected.message === 'string') assert.ok(finding.message.includes(expected.message), `${where}: message contains «${expected.message}»`);
          else if (expected.message) assert.match(finding.message, expected.message, `${where}: message`);
          if (expected.severity) assert.equal(finding.severity, expected.severity, `${where}: severity`);
          if (expected.role !== undefined) assert.equal(finding.role, expected.role, `${where}: role`);
          if (expected.at !== undefined) {
            assert.ok(text !== undefined && finding.range, `${where}: a finding on the document`);
            assert.deepEqual(finding.range, locateIn(text, expected.at), `${where}: range`);
          }
          if (expected.file !== undefined) assert.equal(finding.file, expected.file, `${where}: certificate file`);
        });
      });
    }
  });
}
