import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderOf, importsOf, sourceFiles, srcRoot, type SourceImport } from './sourceImports.js';

// The layers of src/, lowest first (see DESIGN.md). A folder may import from folders below it,
// never above; the bottom layer imports nothing else from src/.
const layers: readonly (readonly string[])[] = [
  ['issues'],
  ['decimal'],
  ['rules'],
  ['scheme'],
  ['evaluation'],
  ['evaluate'],
  ['presets'],
  ['json'],
  ['render', 'compare'],
  ['tables'],
  ['audit'],
  ['cases', 'testing', 'batch'],
  ['cli'],
  ['entry'],
];

const rank = new Map(
  layers.flatMap((folders, index) => folders.map((folder) => [folder, index] as const)),
);
const files = sourceFiles();
const imports = files
  .flatMap((file) => importsOf(file))
  .filter((each) => each.to.startsWith(srcRoot));
const show = (each: SourceImport) =>
  `${relative(srcRoot, each.from)}:${each.line} → ${relative(srcRoot, each.to)}`;

/** The folder-level cycles of a graph, each as the list of folders around it. */
function cyclesOf(edges: ReadonlyMap<string, ReadonlySet<string>>): readonly string[][] {
  const cycles: string[][] = [];
  const visit = (node: string, trail: readonly string[]): void => {
    for (const next of edges.get(node) ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) cycles.push([...trail.slice(at), next]);
      else visit(next, [...trail, next]);
    }
  };
  for (const start of edges.keys()) visit(start, [start]);
  return cycles;
}

function folderGraph(
  edges: readonly SourceImport[],
  nameOf: (file: string) => string,
): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const each of edges) {
    const from = nameOf(each.from);
    const to = nameOf(each.to);
    if (from === to) continue;
    graph.set(from, (graph.get(from) ?? new Set()).add(to));
  }
  return graph;
}

/** The files and folders of src/ and the packages that an entry's value imports reach. */
function reachedFrom(entry: string): {
  readonly files: readonly string[];
  readonly folders: readonly string[];
  readonly packages: readonly string[];
} {
  const byFile = new Map<string, SourceImport[]>();
  for (const each of files.flatMap((file) => importsOf(file)))
    byFile.set(each.from, [...(byFile.get(each.from) ?? []), each]);
  const reached = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const each of byFile.get(file) ?? []) {
      if (each.typeOnly) continue;
      if (each.to.startsWith(srcRoot)) visit(each.to);
      else packages.add(each.to);
    }
  };
  visit(`${srcRoot}/${entry}`);
  return {
    files: [...reached].map((file) => relative(srcRoot, file)).sort(),
    folders: [...new Set([...reached].map(folderOf))].sort(),
    packages: [...packages].sort(),
  };
}

describe('the layers of src/', () => {
  test('every folder of src/ has a layer', () => {
    expect([...new Set(files.map(folderOf))].filter((folder) => !rank.has(folder))).toEqual([]);
  });

  test('no value import points up a layer', () => {
    const upward = imports.filter(
      (each) =>
        !each.typeOnly &&
        (rank.get(folderOf(each.to)) ?? -1) > (rank.get(folderOf(each.from)) ?? -1),
    );
    expect(upward.map(show)).toEqual([]);
  });

  test('no import points up a layer, not even of a type', () => {
    const upward = imports.filter(
      (each) => (rank.get(folderOf(each.to)) ?? -1) > (rank.get(folderOf(each.from)) ?? -1),
    );
    expect(upward.map(show)).toEqual([]);
  });

  test('the bottom layer imports nothing else from src/', () => {
    expect(
      imports
        .filter((each) => folderOf(each.from) === 'issues' && folderOf(each.to) !== 'issues')
        .map(show),
    ).toEqual([]);
  });

  test('there are no folder-level cycles, counting type imports', () => {
    expect(cyclesOf(folderGraph(imports, folderOf))).toEqual([]);
  });

  test('inside rules/, shared support never imports a kind, and kinds import each other only where one builds on another', () => {
    // The root of rules/ is two layers: the types every kind implements, and above the kinds the
    // registries that list them (and what is derived from them).
    const registries =
      /^rules\/(builtInRule\w+|findBuiltInRuleKind|isBuiltInRule|deferredEvaluatorOf|Rule)\.ts$/;
    const ruleFolder = (file: string) => {
      const path = relative(srcRoot, file);
      return registries.test(path) ? 'rules (registries)' : path.split('/').slice(0, -1).join('/');
    };
    const inRules = imports.filter(
      (each) => folderOf(each.from) === 'rules' && folderOf(each.to) === 'rules',
    );
    const fromSupport = inRules.filter(
      (each) =>
        ruleFolder(each.from) === 'rules/support' &&
        ruleFolder(each.to) !== 'rules/support' &&
        ruleFolder(each.to) !== 'rules',
    );
    expect(fromSupport.map(show)).toEqual([]);
    const betweenKinds = inRules
      .filter(
        (each) =>
          ruleFolder(each.from).split('/').length === 2 &&
          ruleFolder(each.to).split('/').length === 2,
      )
      .filter(
        (each) =>
          ruleFolder(each.from) !== ruleFolder(each.to) && ruleFolder(each.to) !== 'rules/support',
      );
    // The equal rule scores a positive target as the ratio rule does.
    expect([
      ...new Set(betweenKinds.map((each) => `${ruleFolder(each.from)} → ${ruleFolder(each.to)}`)),
    ]).toEqual(['rules/equal → rules/ratio']);
    expect(cyclesOf(folderGraph(inRules, ruleFolder))).toEqual([]);
  });

  test('the core entry loads neither zod nor fast-check', () => {
    expect(reachedFrom('index.ts').packages).toEqual(['decimal.js']);
  });

  test('the core entry reaches no preset and no reader of reports or tables: jixiao/presets and jixiao/audit do', () => {
    // The audit and the table readers are most of the code, the presets a fifth of the rest; a
    // consumer who scores does not pay for them (issue 13: the core entry's min+gzip size).
    const core = reachedFrom('index.ts').folders;
    expect(
      core.filter((folder) => ['presets', 'audit', 'tables', 'json', 'cases'].includes(folder)),
    ).toEqual([]);
    expect(reachedFrom('presets.ts').packages).toEqual(['decimal.js']);
    expect(reachedFrom('audit.ts').folders).toEqual(expect.arrayContaining(['audit', 'tables']));
    expect(reachedFrom('audit.ts').packages).toEqual(['decimal.js']);
  });

  test('the core entry reaches no writer of score sheets and no design lint: jixiao/render and jixiao/lint do', () => {
    // The table, Markdown and CSV writers and the lints were a fifth of the core entry
    // they left, and a consumer who only scores does not pay for them.
    const core = reachedFrom('index.ts').files;
    expect(
      core.filter((file) => file.startsWith('render/') || file.startsWith('evaluate/lint/')),
    ).toEqual([]);
    expect(reachedFrom('render.ts').folders).toContain('render');
    expect(reachedFrom('render.ts').packages).toEqual(['decimal.js']);
    expect(reachedFrom('lint.ts').files).toContain('evaluate/lint/lintScheme.ts');
    expect(reachedFrom('lint.ts').packages).toEqual(['decimal.js']);
  });
});

describe('the import reader', () => {
  test('tells value imports from type-only ones, so the checks above could fail', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "import { type C, type D } from '../c.js';",
      "import { type E, f } from '../e.js';",
      "export { g } from './g.js';",
      "import fc from 'fast-check';",
    ].join('\n');
    const found = importsOf(`${srcRoot}/render/x.ts`, text).map((each) => [
      each.to.startsWith(srcRoot) ? relative(srcRoot, each.to) : each.to,
      each.typeOnly,
    ]);
    expect(found).toEqual([
      ['render/a.ts', false],
      ['b.ts', true],
      ['c.ts', true],
      ['e.ts', false],
      ['render/g.ts', false],
      ['fast-check', false],
    ]);
    expect(
      cyclesOf(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['a'])],
        ]),
      ),
    ).not.toEqual([]);
  });
});
