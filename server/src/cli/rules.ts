// `aovpn rules`: every rule ID with its default severity, the kinds of fix it offers and what it checks;
// `aovpn rules ID`: one rule's page (docs/rules/FAMILY/NAME.md) and where that file is.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fixKindsText, rulePageMarkdown, rulePagePath, rulesMarkdown } from '../core/rules/reference';
import { allRules, ruleById } from '../core/rules/registry';
import { plainMessage } from '../core/text/plainMessage';
import { terminalText } from '../core/text/terminal';
import { EXIT_OK, UsageError, type CliCommand } from './io';

const HELP = `Usage: aovpn rules [--json | --markdown]
       aovpn rules ID


Lists every rule: its ID (use it in the "aovpn.rules" setting or "aovpn check --rule ID=off"), default severity,
the kinds of fix it offers (safe: applied by --fix; suggestion: offered in the editor only), and what it checks.
--markdown prints the rule reference (docs/rules.md) with each rule's rationale, example and source.
With a rule ID, prints that rule's page (rationale, examples, fixes, sources, how to turn it off) and its file.`;

export { rulesMarkdown };

export const runRules: CliCommand = async (args, io) => {
  const format = args.includes('--json') ? 'json' : args.includes('--markdown') ? 'markdown' : 'text';
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(HELP + '\n');
    return EXIT_OK;
  }
  const unknown = args.find((a) => !['--json', '--markdown'].includes(a));
  if (unknown && !unknown.startsWith('-') && args.length === 1) return printRulePage(unknown, io);
  if (unknown) throw new UsageError(`unknown option "${terminalText(unknown)}". Run "aovpn rules --help".`);
  const rules = allRules();
  if (format === 'json') {
    const plain = rules.map((rule) => ({
      id: rule.id,
      defaultSeverity: rule.defaultSeverity,
      title: rule.title,
      docUrl: rule.docUrl,
      fixKinds: rule.fixKinds ?? [],
      ...(rule.optIn ? { optIn: true } : {}),
      ...(rule.docs ? { docs: rule.docs } : {}),
    }));
    io.stdout(JSON.stringify(plain, null, 2) + '\n');
  } else if (format === 'markdown') io.stdout(rulesMarkdown());
  else {
    for (const rule of rules) {
      const severity = `${rule.defaultSeverity}${rule.optIn ? ' (opt-in)' : ''}`;
      io.stdout(`${rule.id.padEnd(52)} ${severity.padEnd(18)} ${fixKindsText(rule).padEnd(17)} ${terminalText(plainMessage(rule.title))}\n`);
    }
  }
  return EXIT_OK;
};

function printRulePage(id: string, io: Parameters<CliCommand>[1]): number {
  const rule = ruleById(id);
  if (!rule) throw new UsageError(`no rule has the ID "${terminalText(id)}". Run "aovpn rules" for the list.`);
  for (const line of rulePageMarkdown(rule).trimEnd().split('\n')) io.stdout(terminalText(line) + '\n');
  // The pages ship beside the bundles (dist/cli/ → docs/), in the npm package and the repository alike.
  const page = path.join(__dirname, '..', '..', 'docs', ...rulePagePath(rule.id).split('/'));
  if (existsSync(page)) io.stdout(`\nPage: ${terminalText(page)}\n`);
  return EXIT_OK;
}
