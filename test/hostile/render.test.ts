import { describe, expect, test } from 'vitest';
import {
  category,
  decimal,
  defineScheme,
  evaluate,
  explain,
  explainLeaf,
  indexNodes,
  JixiaoError,
  leaf,
  levelRule,
  manualRule,
  type Evaluation,
  type Inputs,
  type LeafResult,
  type LocalizedText,
} from '../../src/index.js';
import {
  describeRule,
  displayWidth,
  renderCsv,
  renderMarkdown,
  renderTable,
  scoreSheetRows,
  summarizeLeaf,
} from '../../src/render.js';
import { renderReport } from '../../src/audit.js';

// Hostile and careless text in the names, reasons, titles and grades of a scheme must come out
// of every human-readable output as text: no spreadsheet formula, no forged line, no HTML or
// Markdown syntax, no terminal escape, columns that stay aligned; and untyped callers that pass
// junk get an invalid_argument error, never a TypeError.

/** One leaf of a hostile scheme: its id, its name and (when below full marks) the reason. */
interface HostileLeaf {
  readonly id: string;
  readonly name: string | LocalizedText;
  readonly reason?: string;
}

/**
 * A scheme of one 一级 and one 二级 category holding the given manual leaves (5 points each), so
 * that the report writes its sentences and its table, scored in process.
 */
function scored(
  leaves: readonly HostileLeaf[],
  options: {
    readonly title?: string;
    readonly topName?: string;
    readonly gradeName?: string;
  } = {},
): Evaluation {
  const weight = 5 * leaves.length;
  const scheme = defineScheme({
    id: 'hostile',
    version: '1',
    title: options.title ?? '恶意输入',
    fullMarks: weight,
    grades: [{ grade: 'A', min: 0, name: { zh: options.gradeName ?? '优' } }],
    indicators: [
      category('top', options.topName ?? '一级', weight, [
        category('second', '二级', weight, [
          ...leaves.map((each) => leaf(each.id, each.name, 5, manualRule())),
        ]),
      ]),
    ],
  });
  const inputs: Inputs = Object.fromEntries(
    leaves.map((each) => [
      each.id,
      each.reason === undefined
        ? { score: decimal(5) }
        : { score: decimal(4), reason: each.reason },
    ]),
  );
  const result = evaluate(scheme, inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The CSV row (split on CRLF outside quotes is not needed: these rows have no line break) of a node. */
function csvRow(csv: string, id: string): string | undefined {
  return csv.split('\r\n').find((line) => line.split(',')[1] === id);
}

/** The issue code and path an untyped call throws, or what else happened. */
function thrown(
  call: () => unknown,
): { code: string; path: readonly (string | number)[] } | string {
  try {
    call();
    return 'no error';
  } catch (error) {
    if (!(error instanceof JixiaoError)) return `threw ${String(error)}`;
    const [first] = error.issues;
    return { code: first.code, path: first.path };
  }
}

describe('CSV formula injection', () => {
  const leading = [
    ['=', '=1+1', `"'=1+1"`],
    ['+', `+cmd|' /C calc'!A0`, `"'+cmd|' /C calc'!A0"`],
    ['-', '-2+3', `"'-2+3"`],
    ['@', '@SUM(1+1)', `"'@SUM(1+1)"`],
    ['tab', '\t=1+1', `"'\t=1+1"`],
    ['carriage return', '\r=1+1', `"'\r=1+1"`],
  ] as const;

  test.each(leading)(
    'a name starting with %s is quoted and prefixed with an apostrophe',
    (_, name, cell) => {
      const csv = renderCsv(scored([{ id: 'x', name }]));
      expect(csvRow(csv, 'x')).toBe(`3,x,${cell},5,5.00,100.00%,`);
    },
  );

  test('a reason starting with = is neutralised in the 说明 column', () => {
    const csv = renderCsv(
      scored([{ id: 'x', name: '甲', reason: '=HYPERLINK("http://evil","点我")' }]),
    );
    expect(csvRow(csv, 'x')).toBe(`3,x,甲,5,4.00,80.00%,"'=HYPERLINK(""http://evil"",""点我"")"`);
  });

  test('an id starting with @ or - is neutralised in the 指标编号 column', () => {
    const csv = renderCsv(
      scored([
        { id: '@x', name: '甲' },
        { id: '-y', name: '乙' },
      ]),
    );
    const lines = csv.split('\r\n');
    expect(lines[3]).toBe(`3,"'@x",甲,5,5.00,100.00%,`);
    expect(lines[4]).toBe(`3,"'-y",乙,5,5.00,100.00%,`);
  });

  test('a trigger behind leading spaces, quotes or a full-width space is neutralised too', () => {
    const csv = renderCsv(
      scored([
        { id: 'a', name: ' =1+1' },
        { id: 'b', name: '"=1+1"' },
        { id: 'c', name: "'=1+1" },
        { id: 'd', name: '\u3000+1' },
        { id: 'e', name: '\n=1+1' },
      ]),
    );
    expect(csvRow(csv, 'a')).toBe(`3,a,"' =1+1",5,5.00,100.00%,`);
    expect(csvRow(csv, 'b')).toBe(`3,b,"'""=1+1""",5,5.00,100.00%,`);
    expect(csvRow(csv, 'c')).toBe(`3,c,"''=1+1",5,5.00,100.00%,`);
    expect(csvRow(csv, 'd')).toBe(`3,d,"'\u3000+1",5,5.00,100.00%,`);
    expect(csv).toContain(`\r\n3,e,"'\n=1+1",5,5.00,100.00%,\r\n`);
  });

  test('full-width ＝ ＋ － ＠ at the start are neutralised as well', () => {
    const csv = renderCsv(
      scored([
        { id: 'a', name: '＝1+1' },
        { id: 'b', name: '＋1' },
        { id: 'c', name: '－1' },
        { id: 'd', name: '＠x' },
      ]),
    );
    expect(['a', 'b', 'c', 'd'].map((id) => csvRow(csv, id)?.split(',')[2])).toEqual([
      `"'＝1+1"`,
      `"'＋1"`,
      `"'－1"`,
      `"'＠x"`,
    ]);
  });

  test('a cell that is exactly a negative decimal (or percentage) stays a number', () => {
    const csv = renderCsv(
      scored([
        { id: 'a', name: '-1.5' },
        { id: 'b', name: '-12' },
        { id: 'c', name: '-0.25%' },
      ]),
    );
    expect(['a', 'b', 'c'].map((id) => csvRow(csv, id)?.split(',')[2])).toEqual([
      '-1.5',
      '-12',
      '-0.25%',
    ]);
  });

  test('anything more than a plain negative decimal is neutralised', () => {
    const csv = renderCsv(
      scored([
        { id: 'a', name: '-1.5+1' },
        { id: 'b', name: '-1e3' },
        { id: 'c', name: '--1' },
        { id: 'd', name: '-1.' },
        { id: 'e', name: '-.5' },
        { id: 'f', name: '-1.5 ' },
      ]),
    );
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => csvRow(csv, id)?.split(',')[2])).toEqual([
      `"'-1.5+1"`,
      `"'-1e3"`,
      `"'--1"`,
      `"'-1."`,
      `"'-.5"`,
      `"'-1.5 "`,
    ]);
  });

  test('terminal escapes in a cell are shown as text; a line break stays inside its quoted field', () => {
    const csv = renderCsv(scored([{ id: 'x', name: '红\u001b[31m字\u202e反\n第二行' }]));
    expect(csv).not.toContain('\u001b');
    expect(csv).not.toContain('\u202e');
    expect(csv).toContain(`\r\n3,x,"红\\u{001B}[31m字\\u{202E}反\n第二行",5,5.00,100.00%,\r\n`);
  });
});

describe('line breaks and controls in the table', () => {
  test('a newline in a reason does not forge a second 总分 line', () => {
    const evaluation = scored([
      { id: 'x', name: '甲', reason: '部分完成\n总分 100 100 100.00% 等级：优' },
    ]);
    const lines = renderTable(evaluation).split('\n');
    expect(lines.filter((line) => line.startsWith('总分'))).toEqual([
      '总分       5     4  80.00%  等级：优',
    ]);
    expect(lines).toContain('    甲     5     4  80.00%  部分完成 总分 100 100 100.00% 等级：优');
  });

  test('a newline in a name folds into one row', () => {
    const table = renderTable(scored([{ id: 'x', name: '甲\n总分 100' }]));
    expect(table.split('\n')).toContain('    甲 总分 100     5     5  100.00%');
    expect(table.split('\n').filter((line) => line.startsWith('总分'))).toHaveLength(1);
  });

  test('an ANSI escape in a name is shown, not obeyed', () => {
    const table = renderTable(scored([{ id: 'x', name: '\u001b[2J\u001b[31m红' }]));
    expect(table).not.toContain('\u001b');
    expect(table).toContain('\\u{001B}[2J\\u{001B}[31m红');
  });

  test('a bidirectional override in a name is shown, not obeyed', () => {
    const table = renderTable(scored([{ id: 'x', name: 'abc\u202edef' }]));
    expect(table).not.toContain('\u202e');
    expect(table).toContain('abc\\u{202E}def');
  });

  test('the scheme title, the grade name and title lines given by the caller are folded', () => {
    const evaluation = scored([{ id: 'x', name: '甲' }], {
      title: '方案\n总分 100',
      gradeName: '优\u001b[0m\n总分',
    });
    const table = renderTable(evaluation).split('\n');
    expect(table[0]).toBe('方案 总分 100 (hostile@1)');
    expect(table.at(-2)).toBe('总分       5     5  100.00%  等级：优\\u{001B}[0m 总分');
    const titled = renderTable(evaluation, { title: ['部门\n总分 100', '\u001b[31m年度'] });
    expect(titled.split('\n').slice(0, 2)).toEqual(['部门 总分 100', '\\u{001B}[31m年度']);
  });

  test('an escaped name is measured as printed, so the columns stay aligned', () => {
    const table = renderTable(
      scored([
        { id: 'a', name: '\u001b[31m红' },
        { id: 'b', name: '乙' },
      ]),
    );
    const rows = table.split('\n').filter((line) => line.endsWith('100.00%'));
    expect(rows).toEqual([
      '一级                  10     10  100.00%',
      '  二级                10     10  100.00%',
      '    \\u{001B}[31m红     5      5  100.00%',
      '    乙                 5      5  100.00%',
    ]);
  });
});

describe('markdown escaping', () => {
  /** The Markdown row of the one leaf, at depth 3 (indented by two full-width spaces). */
  const markdownOf = (name: string, reason?: string): string | undefined =>
    renderMarkdown(scored([{ id: 'x', name, ...(reason === undefined ? {} : { reason }) }]))
      .split('\n')
      .find((line) => line.startsWith('| 　　'));

  test('HTML in a name is written as text', () => {
    expect(markdownOf('<script>alert(1)</script>&amp;')).toBe(
      '| 　　&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp; | 5 | 5 | 100.00% |  |',
    );
  });

  test('a pipe in a name or reason cannot add a column', () => {
    expect(markdownOf('甲|乙', '理由|x')).toBe('| 　　甲\\|乙 | 5 | 4 | 80.00% | 理由\\|x |');
  });

  test('emphasis, links, code, strikethrough and backslashes are escaped', () => {
    expect(markdownOf('**粗**_斜_[链](http://x)`码`~~删~~\\')).toBe(
      '| 　　\\*\\*粗\\*\\*\\_斜\\_\\[链\\](http://x)\\`码\\`\\~\\~删\\~\\~\\\\ | 5 | 5 | 100.00% |  |',
    );
  });

  test('a leading # or > cannot start a heading or a quote', () => {
    expect(markdownOf('# 标题')).toBe('| 　　\\# 标题 | 5 | 5 | 100.00% |  |');
    expect(markdownOf('> 引用')).toBe('| 　　&gt; 引用 | 5 | 5 | 100.00% |  |');
  });

  test('a line break in a name or reason cannot end the row', () => {
    expect(markdownOf('甲\n| 总分 | 100 |', '理由\r\n## 标题')).toBe(
      '| 　　甲 \\| 总分 \\| 100 \\| | 5 | 4 | 80.00% | 理由 \\#\\# 标题 |',
    );
  });

  test('the title, a bold 一级 name and the grade are escaped too', () => {
    const markdown = renderMarkdown(
      scored([{ id: 'x', name: '甲' }], {
        title: '<b>方案</b> #',
        topName: '**一级**',
        gradeName: '<i>优</i>',
      }),
    ).split('\n');
    expect(markdown[0]).toBe('### &lt;b&gt;方案&lt;/b&gt; \\#');
    expect(markdown[4]).toBe('| **\\*\\*一级\\*\\*** | 5 | 5 | 100.00% |  |');
    expect(markdown.at(-2)).toBe(
      '| **总分** | **5** | **5** | **100.00%** | 等级：**&lt;i&gt;优&lt;/i&gt;** |',
    );
  });

  test('terminal escapes are shown in Markdown as in the table', () => {
    expect(markdownOf('\u001b[31m红')).toBe('| 　　\\\\u{001B}\\[31m红 | 5 | 5 | 100.00% |  |');
  });
});

describe('the text report', () => {
  test('a newline in a reason does not forge a line of the report', () => {
    const report = renderReport(
      scored([{ id: 'x', name: '甲', reason: '部分完成\n（二）管理效率分析。\n自评得分 100 分' }]),
    );
    const lines = report.split('\n');
    expect(lines.filter((line) => line.startsWith('（二）管理效率'))).toEqual([]);
    expect(lines).toContain('1 甲 5 4 部分完成 （二）管理效率分析。 自评得分 100 分。');
  });

  test('names, the title and the department are folded and their escapes shown', () => {
    const report = renderReport(
      scored([{ id: 'x', name: '甲\n总分' }], { title: '方案\u001b[31m', topName: '一级\n（三）' }),
      { department: '南洲\n街道\u202e' },
    );
    expect(report).not.toContain('\u001b');
    expect(report).not.toContain('\u202e');
    const lines = report.split('\n');
    expect(lines[2]).toBe(
      '方案\\u{001B}[31m设计总分值为 5 分，根据指标评分表，南洲 街道\\u{202E}整体绩效自评得分 5 分，等级为优。',
    );
    expect(lines[4]).toBe('（二）一级 （三）分析。');
    expect(lines.at(-2)).toBe('1 甲 总分 5 5');
  });

  test('a leaf summary, an explanation and a rule description are each one line', () => {
    const evaluation = scored([{ id: 'x', name: '甲', reason: '理由\n第二行\u001b[0m' }]);
    const node = indexNodes(evaluation).get('x');
    if (node?.type !== 'leaf') throw new Error('no leaf x');
    expect(summarizeLeaf(node)).toBe('理由 第二行\\u{001B}[0m');
    expect(explainLeaf(node)).toBe('评价得分 = 4（理由 第二行\\u{001B}[0m）；得分 = 4.00');
    expect(explain(evaluation)[0]?.text).toBe(
      '评价得分 = 4（理由 第二行\\u{001B}[0m）；得分 = 4.00',
    );
    const rule = levelRule([
      { id: 'done', name: { zh: '完成\n总分 100' }, fraction: 1 },
      { id: 'not-done', name: { zh: '未完成\u001b[2J' }, fraction: 0 },
    ]);
    expect(describeRule(rule)).toBe('定性：完成 总分 100 100% / 未完成\\u{001B}[2J 0%');
  });
});

describe('widths of odd names', () => {
  test('wide, emoji, combining and zero-width text is measured in terminal columns', () => {
    expect(
      [
        '汉字',
        '😀',
        '👨\u200d👩\u200d👧',
        '🇨🇳',
        '❤\ufe0f',
        'e\u0301',
        'a\u200bb',
        '\u200d',
        '\u0301',
        '',
        'ａｂ',
      ].map(displayWidth),
    ).toEqual([4, 2, 2, 2, 2, 1, 2, 0, 0, 0, 4]);
  });

  const odd: readonly HostileLeaf[] = [
    { id: 'long', name: '很长的名字'.repeat(2000) },
    { id: 'marks', name: 'e\u0301\u0302\u0303'.repeat(5) },
    { id: 'zero', name: '\u200b\u200c\u200d\u2060甲' },
    { id: 'emoji', name: '😀👨\u200d👩\u200d👧🇨🇳❤\ufe0f' },
    { id: 'family', name: '👨\u200d👩\u200d👧'.repeat(40) },
    { id: 'latin', name: 'plain' },
  ];

  test('every row of a table with odd names has the width of the others', () => {
    const lines = renderTable(scored(odd)).split('\n');
    const rule = lines.findIndex((line) => line.startsWith('─'));
    const rows = lines.slice(rule + 1, rule + 1 + 2 + odd.length);
    const width = displayWidth(lines[rule] ?? '') - 2;
    expect(rows.map(displayWidth)).toEqual(rows.map(() => width));
  });

  test('a long name is cut at the name width without splitting a character sequence', () => {
    const table = renderTable(scored(odd), { nameWidth: 20 }).split('\n');
    expect(table).toContain('    很长的名字很长…     5      5  100.00%');
    expect(table).toContain(`    ${'👨\u200d👩\u200d👧'.repeat(7)}…     5      5  100.00%`);
  });

  test('an empty name renders an empty cell in every format', () => {
    const evaluation = scored([{ id: 'x', name: '' }], { topName: '' });
    const table = renderTable(evaluation).split('\n');
    expect([table[4], table[6]]).toEqual([
      '           5     5  100.00%',
      '           5     5  100.00%',
    ]);
    const markdown = renderMarkdown(evaluation).split('\n');
    expect([markdown[4], markdown[6]]).toEqual([
      '|  | 5 | 5 | 100.00% |  |',
      '| 　　 | 5 | 5 | 100.00% |  |',
    ]);
    expect(csvRow(renderCsv(evaluation), 'x')).toBe('3,x,,5,5.00,100.00%,');
  });

  test('a thousand leaves render in every format', () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({
      id: `n${index}`,
      name: `指标${index}`,
    }));
    const evaluation = scored(many);
    expect(renderTable(evaluation).split('\n')).toHaveLength(1000 + 2 + 7);
    expect(renderCsv(evaluation).split('\r\n')).toHaveLength(1000 + 2 + 3);
    expect(renderMarkdown(evaluation).split('\n')).toHaveLength(1000 + 2 + 6);
    expect(scoreSheetRows(evaluation)).toHaveLength(1002);
  });
});

describe('untyped callers of the renderers', () => {
  const evaluation = scored([{ id: 'x', name: '甲', reason: '理由' }]);
  const node = indexNodes(evaluation).get('x');
  if (node?.type !== 'leaf') throw new Error('no leaf x');
  const leafResult: LeafResult = node;
  /** Untyped JavaScript passes whatever it has, typed as the parameter wants: the cast stands for that. */
  const junk = (value: unknown): never => value as never;
  const invalid = (...path: (string | number)[]) => ({ code: 'invalid_argument', path });

  const cases: readonly (readonly [string, () => unknown, ReturnType<typeof invalid>])[] = [
    ['renderTable(undefined)', () => renderTable(junk(undefined)), invalid('evaluation')],
    ['renderMarkdown({})', () => renderMarkdown(junk({})), invalid('evaluation')],
    ['renderCsv(5)', () => renderCsv(junk(5)), invalid('evaluation')],
    ['renderReport(null)', () => renderReport(junk(null)), invalid('evaluation')],
    ['scoreSheetRows("x")', () => scoreSheetRows(junk('x')), invalid('evaluation')],
    ['explain([])', () => explain(junk([])), invalid('evaluation')],
    ['explainLeaf({})', () => explainLeaf(junk({})), invalid('leaf')],
    ['summarizeLeaf(null)', () => summarizeLeaf(junk(null)), invalid('leaf')],
    ['describeRule(undefined)', () => describeRule(junk(undefined)), invalid('rule')],
    ['describeRule({})', () => describeRule(junk({})), invalid('rule')],
    ['displayWidth(Symbol())', () => displayWidth(junk(Symbol('x'))), invalid('text')],
    [
      'renderTable with a junk node',
      () => renderTable(junk({ ...evaluation, indicators: [5] })),
      invalid('evaluation.indicators[0]'),
    ],
    [
      'renderCsv with a leaf without a trace',
      () => renderCsv(junk({ ...evaluation, indicators: [{ ...leafResult, trace: undefined }] })),
      invalid('evaluation.indicators[0]'),
    ],
    [
      'renderTable(evaluation, null)',
      () => renderTable(evaluation, junk(null)),
      invalid('options'),
    ],
    [
      'renderMarkdown with lang fr',
      () => renderMarkdown(evaluation, junk({ lang: 'fr' })),
      invalid('options.lang'),
    ],
    [
      'renderTable with a negative name width',
      () => renderTable(evaluation, { nameWidth: -1 }),
      invalid('options.nameWidth'),
    ],
    [
      'renderTable with a title that is a string',
      () => renderTable(evaluation, junk({ title: '标题' })),
      invalid('options.title'),
    ],
    [
      'renderReport with a department that is a number',
      () => renderReport(evaluation, junk({ department: 5 })),
      invalid('options.department'),
    ],
    [
      'renderReport with a year that is a string',
      () => renderReport(evaluation, junk({ year: '2023' })),
      invalid('options.year'),
    ],
    ['explain with lang 5', () => explain(evaluation, junk({ lang: 5 })), invalid('options.lang')],
    ['summarizeLeaf with lang fr', () => summarizeLeaf(leafResult, junk('fr')), invalid('lang')],
    ['explainLeaf with lang fr', () => explainLeaf(leafResult, junk('fr')), invalid('lang')],
    [
      'describeRule with ruleKinds that is not an array',
      () => describeRule(manualRule(), 'zh', junk({ ruleKinds: 5 })),
      invalid('options.ruleKinds'),
    ],
  ];

  test.each(cases)('%s throws invalid_argument', (_, call, expected) => {
    expect(thrown(call)).toEqual(expected);
  });

  test('the error names what was expected and what was found, in both languages', () => {
    const error = ((): unknown => {
      try {
        renderCsv(junk(5));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error instanceof JixiaoError ? error.issues[0].message : error).toEqual({
      zh: '参数「evaluation」应为评价结果（evaluate 返回的 value），收到的是数字',
      en: 'The argument "evaluation" must be an evaluation (the value evaluate returns); it is a number',
    });
  });
});
