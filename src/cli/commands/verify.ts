import { decimal } from '../../decimal/decimal.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { toJsonData } from '../../decimal/toJsonData.js';
import { bestLeaf } from '../../evaluate/lint/bestLeaf.js';
import { lintCodes } from '../../evaluate/lint/lintCodes.js';
import { lintScheme } from '../../evaluate/lint/lintScheme.js';
import type { JsonValue } from '../../evaluation/Evaluation.js';
import { formatIssuePath } from '../../issues/formatIssuePath.js';
import type { Issue } from '../../issues/Issue.js';
import type { Language } from '../../issues/Language.js';
import { localize } from '../../issues/LocalizedText.js';
import { loadOptionalDependency } from '../../issues/loadOptionalDependency.js';
import { isRecord } from '../../issues/isRecord.js';
import { visibleText } from '../../issues/visibleText.js';
import type { Result } from '../../issues/Result.js';
import type { DataFile } from '../../json/DataFile.js';
import { parseScheme } from '../../json/parseScheme.js';
import { schemeToJson } from '../../json/schemeToJson.js';
import { findPreset } from '../../presets/presets.js';
import { isBuiltInRule } from '../../rules/isBuiltInRule.js';
import type { IndicatorNode, LeafNode, Scheme } from '../../scheme/Scheme.js';
import type { LawResult, VerificationReport } from '../../testing/LawResult.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import { cliIssues } from '../cliIssues.js';
import type { Command } from '../Command.js';
import type { Exit } from '../Exit.js';
import type { Invocation } from '../Invocation.js';
import { io } from '../io.js';
import { isSchemeFile } from '../isSchemeFile.js';
import { missingFile } from '../missingFile.js';
import type { Outcome } from '../Outcome.js';
import { loadDataFileReader, readDataFile } from '../readDataFile.js';
import { lazyModule } from '../lazyModule.js';
import { verifyMessages } from './verifyMessages.js';

/** The seed and run count when none is given: the same output on every run. */
const defaultSeed = 1;
const defaultRuns = 100;
const formats = ['table', 'json'] as const;

/** What `verify` is run with, its options read. */
interface Settings {
  readonly format: (typeof formats)[number];
  readonly seed: number;
  readonly runs: number;
  readonly maxShare: Dec | undefined;
}

const aRunCount = { zh: ' 1 到 100000 的整数', en: 'a whole number from 1 to 100000' };
const aSeed = {
  zh: ' -2147483648 到 2147483647 的整数',
  en: 'a whole number from -2147483648 to 2147483647',
};
const aShare = {
  zh: '大于 0、不大于 1 的小数（如 0.5）',
  en: 'a decimal above 0 and at most 1 (such as 0.5)',
};

/** A whole number written in full (no exponent, no fraction) within the bounds, or undefined. */
function wholeNumber(written: string, least: number, most: number): number | undefined {
  if (!/^-?\d{1,10}$/u.test(written)) return undefined;
  const value = Number(written);
  return value >= least && value <= most ? value : undefined;
}

/** The options read, or the issues of those that cannot be used. */
function settingsOf(options: Invocation['options']): Result<Settings> {
  const issues: Issue[] = [];
  const format = formats.find((each) => each === (options.format ?? 'table'));
  if (format === undefined) issues.push(cliIssues.unknownFormat(options.format ?? '', formats));
  const runs = options.runs === undefined ? defaultRuns : wholeNumber(options.runs, 1, 100_000);
  if (runs === undefined)
    issues.push(cliIssues.invalidOptionValue('--runs', options.runs ?? '', aRunCount));
  const seed =
    options.seed === undefined ? defaultSeed : wholeNumber(options.seed, -(2 ** 31), 2 ** 31 - 1);
  if (seed === undefined)
    issues.push(cliIssues.invalidOptionValue('--seed', options.seed ?? '', aSeed));
  let maxShare: Dec | undefined;
  if (options.maxShare !== undefined) {
    let share: Dec | undefined;
    try {
      share = /^\d+(\.\d+)?$/u.test(options.maxShare) ? decimal(options.maxShare) : undefined;
    } catch {
      share = undefined;
    }
    if (share === undefined || !share.greaterThan(0) || share.greaterThan(1))
      issues.push(cliIssues.invalidOptionValue('--max-share', options.maxShare, aShare));
    else maxShare = share;
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  if (format === undefined || runs === undefined || seed === undefined)
    throw new Error('unreachable: checked above');
  return { ok: true, value: { format, seed, runs, maxShare } };
}

/** Whether a file's JSON is a data file (a scheme, or its reference, with inputs). */
const isDataFile = (content: unknown): boolean =>
  isRecord(content) && (Object.hasOwn(content, 'scheme') || Object.hasOwn(content, 'inputs'));

/** The scheme to verify: a scheme file's, a data file's, or a preset's skeleton. */
function schemeToVerify(
  environment: CliEnvironment,
  lang: Language,
  given: string,
): Outcome<Scheme> | Promise<Outcome<Scheme>> {
  if (given !== '-' && !isSchemeFile(given)) {
    const preset = findPreset(given);
    if (!preset.ok)
      return { ok: false, exit: io.printIssues(environment, lang, given, preset.issues) };
    return { ok: true, value: preset.value.skeleton() };
  }
  const json = io.readJson(environment, lang, given);
  if (!json.ok) return json;
  if (!isDataFile(json.value)) {
    const parsed = parseScheme(json.value);
    return parsed.ok
      ? parsed
      : { ok: false, exit: io.printIssues(environment, lang, given, parsed.issues) };
  }
  const fromData = (data: Result<DataFile>): Outcome<Scheme> =>
    data.ok
      ? { ok: true, value: data.value.scheme }
      : { ok: false, exit: io.printIssues(environment, lang, given, data.issues) };
  const data = readDataFile(json.value);
  return data instanceof Promise ? data.then(fromData) : fromData(data);
}

function leavesOf(nodes: readonly IndicatorNode[]): LeafNode[] {
  return nodes.flatMap((node) => (node.type === 'leaf' ? [node] : leavesOf(node.children)));
}

/**
 * A counterexample as a data file `jixiao score` reads: the scheme, and the inputs that break the
 * law. A rule law's input is given to the leaf of that rule, every other leaf its best input.
 */
function dataFileOf(scheme: Scheme, result: LawResult): JsonValue | undefined {
  const example = result.counterexample;
  if (example === undefined || !isRecord(example.inputs)) return undefined;
  let inputs: JsonValue = example.inputs;
  if (example.rule !== undefined) {
    const shown = JSON.stringify(example.rule);
    const leaves = leavesOf(scheme.indicators);
    const broken = leaves.find((leaf) => JSON.stringify(toJsonData(leaf.rule)) === shown);
    if (broken === undefined) return undefined;
    const map: Record<string, JsonValue> = {};
    for (const leaf of leaves) {
      if (leaf === broken) {
        map[leaf.id] = example.inputs;
        continue;
      }
      const best = isBuiltInRule(leaf.rule)
        ? bestLeaf(leaf.rule, leaf.weight, scheme.rounding).input
        : undefined;
      if (best === undefined) return undefined;
      map[leaf.id] = toJsonData(best);
    }
    inputs = map;
  }
  return { scheme: schemeToJson(scheme), inputs };
}

/** The laws' results grouped by law, in the order the laws first appear. */
function byLaw(results: readonly LawResult[]): Map<string, LawResult[]> {
  const groups = new Map<string, LawResult[]>();
  for (const result of results) {
    const group = groups.get(result.law);
    if (group === undefined) groups.set(result.law, [result]);
    else group.push(result);
  }
  return groups;
}

/** The report for people: the lints, then one line per law with every failure in full. */
function renderText(
  scheme: Scheme,
  settings: Settings,
  lints: readonly Issue[],
  report: VerificationReport,
  lang: Language,
): string {
  const text = verifyMessages[lang];
  const subject = `${scheme.id}@${scheme.version}`;
  const lines = [
    text.heading(
      visibleText(subject),
      visibleText(localize(scheme.title, lang)),
      settings.seed,
      settings.runs,
    ),
    '',
    text.lintsHeading,
  ];
  for (const code of lintCodes) {
    if (code === 'child_share_exceeded' && settings.maxShare === undefined) {
      lines.push(`  – ${code}: ${text.lintOff}`);
      continue;
    }
    const fired = lints.filter((found) => found.code === code);
    lines.push(`  ${fired.length === 0 ? '✓' : '⚠'} ${code}`);
    for (const found of fired)
      lines.push(`      ${formatIssuePath(found.path)}: ${visibleText(found.message[lang])}`);
  }
  lines.push(text.lawsHeading);
  // A counterexample that breaks several laws (inputs refused break every law that scores them)
  // is shown in full at the first.
  const shown = new Map<string, string>();
  for (const [law, group] of byLaw(report.results)) {
    const runs = group.reduce((sum, result) => sum + result.runs, 0);
    const failed = group.filter((result) => result.status === 'failed');
    const skipped = group.every((result) => result.status === 'skipped');
    const mark = failed.length > 0 ? '✗' : skipped ? '–' : '✓';
    const detail = skipped
      ? text.skipped(group.map((result) => result.reason ?? '').join('; '))
      : failed.length === 1 && group.length === 1
        ? text.failedAt(runs)
        : text.lawLine(group.length, runs);
    lines.push(`  ${mark} ${law}: ${detail}`);
    for (const result of failed) {
      const example = result.counterexample;
      if (example === undefined) continue;
      const key = JSON.stringify([example.message, example.inputs]);
      const first = shown.get(key);
      if (first !== undefined) {
        lines.push(`      ${text.sameAs(first)}`);
        continue;
      }
      shown.set(key, law);
      lines.push(`      ${visibleText(result.subject)}: ${visibleText(example.message)}`);
      if (example.path !== undefined)
        lines.push(`      path: ${visibleText(example.path.join(' / '))}`);
      if (example.rule !== undefined) lines.push(`      rule: ${JSON.stringify(example.rule)}`);
      lines.push(`      inputs: ${JSON.stringify(example.inputs)}`);
      lines.push(`      values: ${JSON.stringify(example.values)}`);
      if (result.shrinks !== undefined)
        lines.push(`      ${text.shrunk(result.shrinks, result.seed ?? settings.seed)}`);
      const dataFile = dataFileOf(scheme, result);
      if (dataFile !== undefined) {
        lines.push(`      ${text.counterexample}`);
        lines.push(JSON.stringify(dataFile));
      }
    }
  }
  const failedLaws = [...byLaw(report.results).values()].filter((group) =>
    group.some((result) => result.status === 'failed'),
  ).length;
  lines.push('', text.summary(lints.length, failedLaws));
  return `${lines.join('\n')}\n`;
}

/** The report for tools: every lint's issues, every law's result with its data file. */
function renderJson(
  scheme: Scheme,
  settings: Settings,
  lints: readonly Issue[],
  report: VerificationReport,
): string {
  const json = {
    scheme: `${scheme.id}@${scheme.version}`,
    seed: settings.seed,
    runs: settings.runs,
    passed: report.passed && lints.length === 0,
    lints: lintCodes.map((code) => ({
      code,
      status:
        code === 'child_share_exceeded' && settings.maxShare === undefined
          ? 'off'
          : lints.some((found) => found.code === code)
            ? 'fired'
            : 'passed',
      issues: lints.filter((found) => found.code === code),
    })),
    laws: report.results.map((result) => {
      const dataFile = dataFileOf(scheme, result);
      return dataFile === undefined ? result : { ...result, dataFile };
    }),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The library's laws, loaded with fast-check (an optional peer) only when a scheme is verified. */
const laws = lazyModule(() =>
  loadOptionalDependency(() => import('../../testing/verifyScheme.js'), {
    name: 'fast-check',
    version: '^4.0.0',
    purpose: { zh: 'jixiao verify', en: 'jixiao verify' },
    entry: 'verifyScheme',
  }),
);

type Laws = Awaited<ReturnType<typeof laws.load>>;

/** The lints and laws run on the scheme read, the report written, and the exit code. */
function verified(
  environment: CliEnvironment,
  lang: Language,
  settings: Settings,
  scheme: Scheme,
  loaded: Laws,
): Exit {
  if (!loaded.ok) return io.report(environment, lang, loaded.issues);
  const lints = lintScheme(
    scheme,
    settings.maxShare === undefined ? {} : { maxShare: formatDecimal(settings.maxShare) },
  );
  const report = loaded.value.verifyScheme(scheme, { numRuns: settings.runs, seed: settings.seed });
  environment.stdout(
    settings.format === 'json'
      ? renderJson(scheme, settings, lints, report)
      : renderText(scheme, settings, lints, report, lang),
  );
  return report.passed && lints.length === 0 ? 0 : 1;
}

/**
 * `jixiao verify FILE|PRESET [--seed N] [--runs N] [--max-share SHARE] [--format table|json]`:
 * lints a scheme's design and checks the library's laws over generated inputs, printing each
 * lint and law as passed or not, and a failed law's shrunk counterexample as a data file to score.
 * Exits 0 when everything passes, 1 when a lint fires or a law fails, 2 for unusable input. The
 * laws (and fast-check) load on first use, or with `loadCommands`, after which it never waits.
 */
export const verify: Command = {
  help: (lang) => verifyMessages[lang].help,
  options: ['format', 'seed', 'runs', 'maxShare'],
  preload: async () => {
    await Promise.all([laws.load(), loadDataFileReader()]);
  },
  run({ environment, lang, args, options }) {
    const [given, ...extra] = args;
    if (given === undefined) return missingFile(environment, lang, verifyMessages[lang].help);
    if (extra.length > 0)
      return io.report(environment, lang, [cliIssues.unexpectedArguments(extra)]);
    const settings = settingsOf(options);
    if (!settings.ok) return io.report(environment, lang, settings.issues);
    const withScheme = (scheme: Outcome<Scheme>): Exit | Promise<Exit> => {
      if (!scheme.ok) return scheme.exit;
      const loaded = laws.loaded();
      const run = (each: Laws) => verified(environment, lang, settings.value, scheme.value, each);
      return loaded === undefined ? laws.load().then(run) : run(loaded);
    };
    const scheme = schemeToVerify(environment, lang, given);
    return scheme instanceof Promise ? scheme.then(withScheme) : withScheme(scheme);
  },
};
