import { auditEvaluation } from '../../audit/auditEvaluation.js';
import { checkClaims } from '../../audit/checkClaims.js';
import { extractClaims } from '../../audit/extractClaims.js';
import type { Evaluation } from '../../evaluation/Evaluation.js';
import { findPreset } from '../../presets/presets.js';
import { displayWidth } from '../../render/displayWidth.js';
import type { Scheme } from '../../scheme/Scheme.js';
import type { Command } from '../Command.js';
import type { Invocation } from '../Invocation.js';
import { evaluateDataFile } from '../evaluateDataFile.js';
import { lineText } from '../../render/lineText.js';
import { cliIssues } from '../cliIssues.js';
import { io } from '../io.js';
import { missingFile } from '../missingFile.js';
import type { Outcome } from '../Outcome.js';
import { messages } from '../messages.js';

const padEnd = (value: string, width: number): string =>
  value + ' '.repeat(Math.max(0, width - displayWidth(value)));

/**
 * The scheme the report is checked against: the data file's (with its recomputed evaluation)
 * when `--data` is given, otherwise the skeleton of the `--scheme` preset.
 */
function schemeToCheck({
  environment,
  lang,
  options,
}: Invocation): Outcome<{ readonly scheme: Scheme; readonly recomputed?: Evaluation }> {
  if (options.data !== undefined) {
    const json = io.readJson(environment, lang, options.data);
    if (!json.ok) return json;
    const scored = evaluateDataFile(environment, lang, options.data, json.value);
    if (!scored.ok) return scored;
    const { data, evaluation } = scored.value;
    return { ok: true, value: { scheme: data.scheme, recomputed: evaluation } };
  }
  const preset = findPreset(options.scheme ?? 'gz-department-overall@2023');
  if (!preset.ok) {
    return { ok: false, exit: io.printIssues(environment, lang, '--scheme', preset.issues) };
  }
  return { ok: true, value: { scheme: preset.value.skeleton() } };
}

/**
 * `jixiao audit REPORT.txt [--data FILE] [--scheme REF] [--format table|json]`: reads the scores
 * a self-evaluation report claims and checks each one, exiting 1 when any is inconsistent.
 */
export const audit: Command = {
  help: (lang) => messages[lang].audit,
  options: ['format', 'data', 'scheme'],
  run(invocation) {
    const { environment, lang, args, options } = invocation;
    const text = messages[lang];
    const [file, ...extra] = args;
    if (file === undefined) return missingFile(environment, lang, text.audit);
    if (extra.length > 0) {
      return io.report(environment, lang, [cliIssues.unexpectedArguments(extra)]);
    }
    const format = options.format ?? 'table';
    if (format !== 'table' && format !== 'json') {
      return io.report(environment, lang, [cliIssues.unknownFormat(format, ['table', 'json'])]);
    }
    const report = io.readText(environment, lang, file);
    if (!report.ok) return report.exit;
    const against = schemeToCheck(invocation);
    if (!against.ok) return against.exit;
    const { scheme, recomputed } = against.value;
    const read = extractClaims(report.value, { scheme });
    if (!read.ok) return io.printIssues(environment, lang, file, read.issues);
    const claims = read.value;
    const empty =
      claims.total.length === 0 &&
      Object.keys(claims.nodes).length === 0 &&
      claims.budget.length === 0;
    if (empty) return io.report(environment, lang, [cliIssues.noClaims(file)]);
    const internal = checkClaims(scheme, claims);
    const external = recomputed === undefined ? undefined : auditEvaluation(recomputed, claims);
    const checks = [...internal.checks, ...(external?.checks ?? [])];
    const findings = checks.filter((check) => check.verdict === 'inconsistent');
    const exit = findings.length === 0 ? 0 : 1;
    if (format === 'json') {
      const consistent = findings.length === 0;
      environment.stdout(`${JSON.stringify({ consistent, claims, checks, findings }, null, 2)}\n`);
      return exit;
    }
    const rows = checks.map((check) =>
      [
        check.source === undefined ? '' : String(check.source.line),
        check.name,
        text.checkNames[check.code] ?? check.code,
        check.claimed,
        check.recomputed,
        text.verdicts[check.verdict],
      ].map((cell) => lineText(cell)),
    );
    const header = [...text.auditHeader];
    const widths = header.map((title, column) =>
      Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))),
    );
    const line = (cells: readonly string[]) =>
      cells
        .map((cell, column) => padEnd(cell, widths[column] ?? 0))
        .join('  ')
        .trimEnd();
    const rule = widths.map((width) => '─'.repeat(width)).join('  ');
    const out = [line(header), rule, ...rows.map(line), ''];
    out.push(text.findingsHeading(findings.length));
    for (const finding of findings) {
      const { source } = finding;
      const where =
        source === undefined
          ? ''
          : lang === 'zh'
            ? `第 ${source.line} 行：`
            : `line ${source.line}: `;
      const quoted = source === undefined ? '' : `  «${lineText(source.text)}»`;
      out.push(
        `  ${where}${lineText(finding.message[lang])}`,
        `    ${lang === 'zh' ? '核对' : 'checked'}: ${lineText(finding.check[lang])}${quoted}`,
      );
    }
    if (claims.unplaced.length > 0) {
      out.push('', text.unplacedHeading);
      for (const unplaced of claims.unplaced) {
        out.push(`  ${unplaced.line}: ${lineText(unplaced.text)} (${lineText(unplaced.reason)})`);
      }
    }
    out.push('', text.auditSummary(checks.length, findings.length));
    environment.stdout(`${out.join('\n')}\n`);
    return exit;
  },
};
