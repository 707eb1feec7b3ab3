import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderOf, sourceFiles, srcRoot } from './sourceImports.js';

// Meaning travels as data: the tools that read evaluations find a trace step by its role and a
// leaf by its declared role, never by a display string (a label, a Chinese word, a name pattern).
const readers = new Set(['render', 'evaluation', 'audit', 'cases', 'cli']);

const patterns: readonly {
  readonly name: string;
  readonly pattern: RegExp;
  readonly folders?: ReadonlySet<string>;
}[] = [
  {
    name: 'a label compared',
    pattern: /\.label\??\.(zh|en)\s*[!=]==?|[!=]==?\s*[\w.?]*\.label\??\.(zh|en)\b/,
  },
  {
    name: 'a label matched',
    pattern:
      /\.label\??\.(zh|en)\??\.(includes|startsWith|endsWith|match|search)\(|\.(test|exec)\([^)]*\.label\??\.(zh|en)/,
  },
  {
    name: 'a name matched by a pattern',
    pattern: /\/[^/\n]*\/[dgimsuy]*\.(test|exec)\([^)]*\bname\??\.(zh|en)/,
  },
  {
    name: 'a Chinese word compared',
    pattern: /[!=]==?\s*'[^'\n]*[\u4e00-\u9fff][^'\n]*'|'[^'\n]*[\u4e00-\u9fff][^'\n]*'\s*[!=]==?/,
    // The audit and the case runner read report text: comparing words found there is parsing.
    folders: new Set(['render', 'evaluation']),
  },
];

/** Every line of `text` that one of the patterns flags, for a file in `folder`. */
function flagged(text: string, folder: string): readonly string[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      patterns
        .filter((each) => (each.folders ?? readers).has(folder) && each.pattern.test(line))
        .map((each) => `${index + 1}: ${each.name}: ${line.trim()}`),
    );
}

describe('readers of evaluations use roles, not display strings', () => {
  test('no label comparison or name pattern in render, explain, the report writer or the audit', () => {
    const found = sourceFiles()
      .filter((file) => readers.has(folderOf(file)))
      .flatMap((file) =>
        flagged(readFileSync(file, 'utf8'), folderOf(file)).map(
          (hit) => `${relative(srcRoot, file)}:${hit}`,
        ),
      );
    expect(found).toEqual([]);
  });

  test('the check flags what it is meant to flag', () => {
    const samples = [
      "const deduction = leaf.trace.find((step) => step.label.zh === '扣分');",
      'if (previous.label.zh === rounding.label.zh) return;',
      'const budget = /预算(资金)?(支出|执行)率/.test(node.name.zh) ? a : b;',
      'const extra = /三公/.test(leaf.name.zh) ? a : b;',
      "if (note === '不适用') return;",
    ];
    expect(samples.filter((sample) => flagged(sample, 'render').length === 0)).toEqual([]);
    expect(
      flagged("const deduction = leaf.trace.find((step) => step.role === 'deduction');", 'render'),
    ).toEqual([]);
  });
});
