import { auditEvaluation } from '../audit/auditEvaluation.js';
import { checkClaims } from '../audit/checkClaims.js';
import { extractClaims } from '../audit/extractClaims.js';
import { evaluate } from '../evaluate/evaluate.js';
import { findPreset } from '../presets/presets.js';
import type { Language } from '../issues/Language.js';
import { displayWidth } from '../render/displayWidth.js';
import { parseDataFile } from '../json/parseDataFile.js';
import type { Scheme } from '../scheme/Scheme.js';
import { messages } from './messages.js';
import { fail, printIssues, readJson, type CliEnvironment, type Exit } from './runCli.js';

const padEnd = (value: string, width: number): string => value + ' '.repeat(Math.max(0, width - displayWidth(value)));

/**
 * `jixiao audit REPORT.txt [--data FILE] [--scheme REF] [--format table|json]`.
 *
 * @internal
 */
export function runAudit(environment: CliEnvironment, lang: Language, files: readonly string[], options: { readonly data?: string | undefined; readonly scheme?: string | undefined; readonly format?: string | undefined }): Exit {
  const text = messages[lang];
  const [file, ...extra] = files;
  if (file === undefined) return fail(environment, `${text.missingFile}\n\n${text.audit}`);
  if (extra.length > 0) return fail(environment, text.unknownOption(extra.join(' ')));
  const format = options.format ?? 'table';
  if (format !== 'table' && format !== 'json') return fail(environment, text.badFormat(format));
  const report = environment.readFile(file);
  if (report === undefined) return fail(environment, text.fileNotFound(file));
  let scheme: Scheme;
  let recomputed: ReturnType<typeof evaluate> | undefined;
  if (options.data !== undefined) {
    const json = readJson(environment, lang, options.data);
    if (!json.ok) return json.exit;
    const data = parseDataFile(json.value);
    if (!data.ok) return printIssues(environment, lang, options.data, data.issues);
    scheme = data.value.scheme;
    recomputed = evaluate(scheme, data.value.inputs);
    if (!recomputed.ok) return printIssues(environment, lang, options.data, recomputed.issues);
  } else {
    const preset = findPreset(options.scheme ?? 'gz-department-overall@2023');
    if (!preset.ok) return printIssues(environment, lang, '--scheme', preset.issues);
    scheme = preset.value.skeleton();
  }
  const claims = extractClaims(report, { scheme });
  if (claims.total === undefined && Object.keys(claims.nodes).length === 0 && claims.budget.length === 0) return fail(environment, text.noClaims(file));
  const internal = checkClaims(scheme, claims);
  const against = recomputed?.ok === true ? auditEvaluation(recomputed.value, claims) : undefined;
  const checks = [...internal.checks, ...(against?.checks ?? [])];
  const findings = checks.filter((check) => check.verdict === 'inconsistent');
  if (format === 'json') {
    environment.stdout(`${JSON.stringify({ consistent: findings.length === 0, claims, checks, findings }, null, 2)}\n`);
    return findings.length === 0 ? 0 : 1;
  }
  const rows = checks.map((check) => [
    check.source === undefined ? '' : String(check.source.line),
    check.name,
    text.checkNames[check.code] ?? check.code,
    check.claimed,
    check.recomputed,
    text.verdicts[check.verdict],
  ]);
  const header = [...text.auditHeader];
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((cell, column) => padEnd(cell, widths[column] ?? 0)).join('  ').trimEnd();
  const out = [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line), ''];
  out.push(text.findingsHeading(findings.length));
  for (const finding of findings) {
    const where = finding.source === undefined ? '' : lang === 'zh' ? `第 ${finding.source.line} 行：` : `line ${finding.source.line}: `;
    out.push(`  ${where}${finding.message[lang]}`, `    ${lang === 'zh' ? '核对' : 'checked'}: ${finding.check[lang]}${finding.source === undefined ? '' : `  «${finding.source.text}»`}`);
  }
  if (claims.unplaced.length > 0) {
    out.push('', text.unplacedHeading);
    for (const unplaced of claims.unplaced) out.push(`  ${unplaced.line}: ${unplaced.text} (${unplaced.reason})`);
  }
  out.push('', text.auditSummary(checks.length, findings.length));
  environment.stdout(`${out.join('\n')}\n`);
  return findings.length === 0 ? 0 : 1;
}
