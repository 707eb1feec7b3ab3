import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { gridOf, withCell } from '../../../test/fixtures/tables/grid-build.js';
import { twentyEightyRows } from '../../../test/fixtures/tables/grid-variants.js';
import { readScoreTable } from '../scoreTable/readScoreTable.js';
import { levelBands as nationalBands } from '../vocabulary.js';
import { checkScoreTable } from './checkScoreTable.js';
import { statedRules, type StatedRules } from './statedRules.js';
import type { TableCheckReport } from './TableCheck.js';

/** The 20 + 80 sheet of grid-variants without its 备注 row. */
const sheet = twentyEightyRows.filter((cells) => cells[0] !== '备注');

/** The sheet's 效益 row as 部分达成预期指标 scored 13.75 of 25 (55%), its total moved to match. */
const partlyAt55 = withCell(
  withCell(
    withCell(sheet, '效益指标（25分）', '达成预期指标', '部分达成预期指标'),
    '效益指标（25分）',
    '23.5',
    '13.75',
  ),
  '总分',
  '93.7',
  '83.95',
);

/** The rules the sheet states with these rows added at its end (`['备注', '…']`). */
const rulesWith = (...rows: (readonly string[])[]): StatedRules =>
  statedRules(readScoreTable(gridOf('pipe', [...sheet, ...rows])));

/** The bands read, as [from, to] pairs, highest first. */
const bandsOf = (rules: StatedRules): (readonly [string, string])[] | undefined =>
  rules.levelBands?.bands.map((band) => [band.from, band.to] as const);

/** The unread warnings' messages (zh). */
const unreadOf = (rules: StatedRules): string[] => rules.unread.map((check) => check.message.zh);

const threeBands = [
  ['0.8', '1'],
  ['0.5', '0.8'],
  ['0', '0.5'],
];

function report(rows: readonly (readonly string[])[]): TableCheckReport {
  const result = checkScoreTable(readScoreTable(gridOf('pipe', rows)));
  if (!result.ok) throw new Error(result.issues[0].message.en);
  return result.value;
}

describe('level bands a 备注 states replace the national ones', () => {
  test('三档 listed, then 分别按 100%-80%、80%-50%、50%-0% in the same clause', () => {
    const rules = rulesWith([
      '备注',
      '定性指标分达成预期指标、部分达成预期指标、未达成预期指标三档，分别按权重的100%-80%、80%-50%、50%-0%计分。',
    ]);
    expect([bandsOf(rules), unreadOf(rules)]).toEqual([threeBands, []]);
    expect(rules.levelBands?.bands.map((band) => band.words)).toEqual(
      nationalBands.map((band) => band.words),
    );
  });

  test('the list of words in one clause, the shares in the next (…三档；分别按…)', () => {
    const rules = rulesWith([
      '备注',
      '定性指标分达成预期指标、部分达成预期指标、未达成预期指标三档；分别按权重的100%-80%、80%-50%、50%-0%计分',
    ]);
    expect(bandsOf(rules)).toEqual(threeBands);
  });

  test('full-width tildes: 100%～80%，80%～50%，50%～0', () => {
    const rules = rulesWith([
      '备注',
      '达成预期指标100%～80%，部分达成预期指标80%～50%，未达成预期指标50%～0',
    ]);
    expect(bandsOf(rules)).toEqual(threeBands);
  });

  test('one percent sign per range: 100-80%、80-50%、50-0%', () => {
    const rules = rulesWith(['备注', '达成：100-80%；部分达成：80-50%；未达成：50-0%。']);
    expect(bandsOf(rules)).toEqual(threeBands);
  });

  test('intervals: （80%，100%]、（50%，80%]、[0，50%]', () => {
    const rules = rulesWith([
      '备注',
      '达成预期指标得分区间（80%，100%]；部分达成预期指标（50%，80%]；未达成预期指标[0，50%]',
    ]);
    expect(bandsOf(rules)).toEqual(threeBands);
  });

  test('word by word: 80%（含）以上, 得权重的50%（含）-80%, 50%以下', () => {
    const rules = rulesWith([
      '备注',
      '达成预期指标得权重的80%（含）以上；部分达成预期指标得权重的50%（含）-80%；未达成预期指标得权重的50%以下。',
    ]);
    expect(bandsOf(rules)).toEqual(threeBands);
  });

  test('完成 / 基本完成 / 未完成 with 不低于 and 低于, in a 评分规则 row', () => {
    // A 评分规则 row right after 总分 is read as an indicator row, so it follows a 备注 here.
    const rules = rulesWith(
      ['备注', '预算数为调整后预算数。'],
      ['评分规则', '完成的得权重不低于80%，基本完成的得权重60%-80%，未完成的得权重低于60%'],
    );
    expect(bandsOf(rules)).toEqual([
      ['0.8', '1'],
      ['0.6', '0.8'],
      ['0', '0.6'],
    ]);
  });

  test('two families covering 0–100% give two bands', () => {
    const rules = rulesWith(['备注', '达成得权重的60%-100%，未达成得权重的0-60%。']);
    expect(bandsOf(rules)).toEqual([
      ['0.6', '1'],
      ['0', '0.6'],
    ]);
  });

  test('a 说明 row after the 备注 is read too, and names where the rule stands', () => {
    const rules = rulesWith(
      ['备注', '预算数为调整后预算数。'],
      ['说明', '达成预期指标100%-80%；部分达成预期指标80%-50%；未达成预期指标50%-0%'],
    );
    expect([bandsOf(rules), rules.levelBands?.source.where]).toEqual([
      threeBands,
      { zh: '表中说明', en: "the table's 说明" },
    ]);
  });

  test('checkScoreTable: 部分达成 at 55% is within the stated [50%, 80%), and says so', () => {
    const checked = report([
      ...partlyAt55,
      ['备注', '达成预期指标100%-80%；部分达成预期指标80%-50%；未达成预期指标50%-0%'],
    ]);
    const band = checked.checks.find((check) => check.code === 'level_band');
    expect([band?.verdict, band?.arithmetic, band?.rule.zh, band?.message.zh]).toEqual([
      'consistent',
      '13.75 ÷ 25 = 55% ∈ [50%, 80%)',
      '按表中备注：等级词「部分达成预期指标」的得分占分值之比在 [50%, 80%) 内',
      '「水面漂浮物减少」「部分达成预期指标」得分 13.75 ÷ 25 = 55%，在表中备注所写的 [50%, 80%) 内',
    ]);
  });

  test('checkScoreTable: bands the caller passes win over the stated ones', () => {
    const result = checkScoreTable(
      readScoreTable(
        gridOf('pipe', [
          ...partlyAt55,
          ['备注', '达成预期指标100%-80%；部分达成预期指标80%-50%；未达成预期指标50%-0%'],
        ]),
      ),
      { levelBands: nationalBands },
    );
    if (!result.ok) throw new Error(result.issues[0].message.en);
    expect(result.value.findings.map((check) => `${check.code} ${check.rule.zh}`)).toEqual([
      'level_band 等级词「部分达成预期指标」的得分占分值之比在 [60%, 80%) 内',
    ]);
  });
});

describe('band texts that cannot be read: stated_rule_unread, national bands', () => {
  test('a gap between 70% and 80%', () => {
    const rules = rulesWith([
      '备注',
      '达成预期指标100%-80%；部分达成预期指标70%-50%；未达成预期指标50%-0%',
    ]);
    expect([bandsOf(rules), unreadOf(rules)]).toEqual([
      undefined,
      [
        '「备注」写有计分规则「达成预期指标100%-80%；部分达成预期指标70%-50%；未达成预期指标50%-0%」，但未能读出：各档比例（达成预期指标 100%-80%、部分达成预期指标 70%-50%、未达成预期指标 50%-0%）未按次序首尾相接覆盖 0 至 100%（达成预期指标 / 部分达成预期指标）；仍按全国通行的规则核对',
      ],
    ]);
  });

  test('overlapping ranges (100%-70% over 80%-50%)', () => {
    const rules = rulesWith([
      '备注',
      '达成预期指标100%-70%；部分达成预期指标80%-50%；未达成预期指标50%-0%',
    ]);
    expect([bandsOf(rules), rules.unread.map((check) => check.code)]).toEqual([
      undefined,
      ['stated_rule_unread'],
    ]);
  });

  test('a single share, not a range (得权重的60%)', () => {
    const rules = rulesWith([
      '备注',
      '达成预期指标得权重的80%-100%，部分达成预期指标得权重的60%，未达成预期指标得权重的0-60%',
    ]);
    expect([bandsOf(rules), unreadOf(rules)]).toEqual([
      undefined,
      [
        '「备注」写有计分规则「达成预期指标得权重的80%-100%,部分达成预期指标得权重的60%,未达成预期指标得权重的0-60%」，但未能读出：「部分达成预期指标」只写了一个比例「60%」，不是区间；仍按全国通行的规则核对',
      ],
    ]);
  });

  test('one word followed by two ranges', () => {
    const rules = rulesWith(['备注', '达成预期指标按100%-80%、80%-60%计分；未达成预期指标60%-0%']);
    expect(unreadOf(rules)).toEqual([
      '「备注」写有计分规则「达成预期指标按100%-80%、80%-60%计分」，但未能读出：「达成预期指标」后有多个比例（100%-80%、80%-60%）；仍按全国通行的规则核对',
    ]);
  });

  test('the order reversed: 达成 50%-0%, 未达成 100%-80%', () => {
    const rules = rulesWith([
      '备注',
      '达成预期指标50%-0%；部分达成预期指标80%-50%；未达成预期指标100%-80%',
    ]);
    expect([bandsOf(rules), rules.unread.length]).toEqual([undefined, 1]);
  });

  test('one family alone does not replace the bands', () => {
    const rules = rulesWith(['备注', '部分达成预期指标得权重的50%-80%。']);
    expect([bandsOf(rules), rules.unread.length]).toEqual([undefined, 1]);
  });

  test('two texts disagreeing on one family', () => {
    const rules = rulesWith(
      ['备注', '达成预期指标100%-80%；部分达成预期指标80%-50%；未达成预期指标50%-0%'],
      ['说明', '部分达成预期指标80%-60%'],
    );
    expect([bandsOf(rules), unreadOf(rules)]).toEqual([
      undefined,
      [
        '「备注」写有计分规则「达成预期指标100%-80%；部分达成预期指标80%-50%；未达成预期指标50%-0%」，但未能读出：「部分达成预期指标」与「部分达成预期指标」同属一档，比例却不同（80%-50%、80%-60%）；仍按全国通行的规则核对',
      ],
    ]);
  });

  test('checkScoreTable: the warning is reported, and the national band only asks for review', () => {
    const checked = report([...partlyAt55, ['备注', '部分达成预期指标得权重的50%-80%。']]);
    expect([
      checked.warnings.map((check) => `${check.code} ${check.arithmetic}`),
      checked.findings.map((check) => `${check.code} ${check.arithmetic}`),
    ]).toEqual([
      [
        'level_band 13.75 ÷ 25 = 55% ∈ [60%, 80%)',
        expect.stringMatching(/^target_score /u),
        expect.stringMatching(/^stated_rule_unread /u),
      ],
      [],
    ]);
  });
});

describe('the 正向 and 反向 formulas a table states', () => {
  test('正向 权重×B/A, 反向 权重×A/B', () => {
    const rules = rulesWith([
      '备注',
      '正向指标得分=权重×B/A，反向指标得分=权重×A/B，均不超过权重。',
    ]);
    expect([rules.forward?.kind, rules.reverse?.kind, rules.reverse?.source.written]).toEqual([
      'actual-over-target',
      'target-over-actual',
      '反向指标得分=权重×A/B',
    ]);
  });

  test('目标值/实际值, A÷B and 年初目标值(A)/实际完成值(B) are all 反向 A/B', () => {
    for (const text of [
      '反向指标得分=权重×目标值/实际值',
      '反向指标：得分=A÷B×权重',
      '反向指标得分=年初目标值(A)/实际完成值(B)×权重',
    ]) {
      expect([text, rulesWith(['备注', text]).reverse?.kind]).toEqual([text, 'target-over-actual']);
    }
  });

  test('the national 反向 rule stated: 2-B/A, or 超出部分按比例扣分', () => {
    expect([
      rulesWith(['备注', '反向指标得分=权重×(2-B/A)']).reverse?.kind,
      rulesWith(['备注', '反向指标不超过目标值得满分，超出部分按比例扣分']).reverse?.kind,
    ]).toEqual(['national-reverse', 'national-reverse']);
  });

  test('a formula not read: 权重×(1-(B-A)/A) gives a warning and no formula', () => {
    const rules = rulesWith(['备注', '反向指标得分=权重×(1-(B-A)/A)']);
    expect([rules.reverse, unreadOf(rules)]).toEqual([
      undefined,
      [
        '「备注」写有计分规则「反向指标得分=权重×(1-(B-A)/A)」，但未能读出：「反向指标得分=权重×(1-(B-A)/A)」的反向指标公式未能读出；仍按全国通行的规则核对',
      ],
    ]);
  });

  test('checkScoreTable: a 反向 row scored by 2 − B/A under a 备注 stating A/B is a finding', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '权重', '得分'],
      ['产出指标', '成本指标', '单位成本', '≤300元', '320元', '10', '9.33'],
      ['备注', '反向指标得分=权重×A/B'],
    ];
    const [check] = report(rows).checks.filter((each) => each.code === 'target_score');
    expect([check?.verdict, check?.arithmetic, check?.inferred, check?.message.en]).toEqual([
      'inconsistent',
      'min(300 ÷ 320, 100%) × 10 = 9.375',
      undefined,
      '"单位成本": the table scores 9.33, but by the rule the table\'s 备注 states ("反向指标得分=权重×A/B"): min(300 ÷ 320, 100%) × 10 = 9.375 (off by -0.045): the table breaks its own stated rule',
    ]);
  });

  test('checkScoreTable: the same row without a 备注 is checked by the inferred national rule', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '权重', '得分'],
      ['产出指标', '成本指标', '单位成本', '≤300元', '320元', '10', '9.33'],
    ];
    const [check] = report(rows).checks.filter((each) => each.code === 'target_score');
    expect([check?.verdict, check?.arithmetic, check?.inferred !== undefined]).toEqual([
      'consistent',
      'min(max(2 − 320 ÷ 300, 0), 100%) × 10 = 9.3333',
      true,
    ]);
  });
});

describe('the budget rule a table states', () => {
  test('a header 得分(20分×执行率), a 备注 执行率×分值 or 权重×执行率 is read; 执行率(B/A) is not', () => {
    expect([
      statedRules(readScoreTable(gridOf('pipe', twentyEightyRows))).budget?.written,
      rulesWith(['备注', '预算执行得分=执行率×分值']).budget?.written,
      rulesWith(['备注', '预算执行率得分=权重×执行率，最高不超过权重']).budget?.written,
    ]).toEqual([
      '得分(20分×执行率)',
      '预算执行得分=执行率×分值',
      '预算执行率得分=权重×执行率,最高不超过权重',
    ]);
    const plain = twentyEightyRows.map((cells) =>
      cells.map((text) => (text === '得分(20分×执行率)' ? '得分' : text)),
    );
    expect(statedRules(readScoreTable(gridOf('pipe', plain))).budget).toBeUndefined();
  });
});

describe('texts that state no rule', () => {
  test('a conclusion naming a level word and a rate is no band rule, and no warning', () => {
    const rules = rulesWith(['评价结论', '项目总体达成预期指标，预算执行率95%以上。']);
    expect([rules.levelBands, rules.unread]).toEqual([undefined, []]);
  });

  test('a table with no text rows states nothing', () => {
    const rows = sheet.filter((cells) => cells[0] !== '项目名称' && cells[0] !== '项目属性');
    const plain = rows.map((cells) =>
      cells.map((text) => (text === '得分(20分×执行率)' ? '得分' : text)),
    );
    expect(statedRules(readScoreTable(gridOf('pipe', plain)))).toEqual({
      unread: [],
      bandsUnread: false,
    });
  });
});

/** Texts made of the vocabulary's level words, numbers, percent signs and separators. */
const pieces = [
  '达成',
  '部分达成',
  '未达成',
  '达成预期指标',
  '部分达成预期指标',
  '完成',
  '基本完成',
  '未完成',
  '正向',
  '反向',
  '权重',
  '×',
  '÷',
  '/',
  'A',
  'B',
  '2-',
  '执行率',
  '分',
  '%',
  '％',
  '-',
  '～',
  '至',
  '（',
  '(',
  ')',
  ']',
  '[',
  '，',
  '；',
  '。',
  '\n',
  '以上',
  '以下',
  '（含）',
  '不低于',
  '得权重的',
  '三档',
  '分别按',
];
const noteText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.integer({ min: 0, max: 120 }).map(String)), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('statedRules never throws and reads what it is given', () => {
  test('a 备注 of 100 000 characters of words and shares is read in one pass', () => {
    const rules = rulesWith(['备注', '达成预期指标100%-80%，'.repeat(6250)]);
    expect([bandsOf(rules), rules.unread.map((check) => check.code)]).toEqual([
      undefined,
      ['stated_rule_unread'],
    ]);
  });

  property.prop([fc.oneof(noteText, fc.string({ maxLength: 80 }))], { numRuns: 200 })(
    'any 备注 text gives a value, each warning a stated_rule_unread',
    (text) => {
      const rules = rulesWith(['备注', text]);
      expect(rules.unread.every((check) => check.code === 'stated_rule_unread')).toBe(true);
      if (rules.levelBands !== undefined) {
        const bands = rules.levelBands.bands;
        expect(bands[0]?.to).toBe('1');
        expect(bands.at(-1)?.from).toBe('0');
      }
    },
  );

  property.prop(
    [
      fc
        .tuple(fc.integer({ min: 1, max: 98 }), fc.integer({ min: 1, max: 98 }))
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => [Math.max(a, b), Math.min(a, b)] as const),
      fc.constantFrom('respectively', 'word-by-word', 'bounds'),
    ],
    { numRuns: 150 },
  )('any two cut points, in any of three phrasings, are read back exactly', ([high, low], form) => {
    const text =
      form === 'respectively'
        ? `分达成预期指标、部分达成预期指标、未达成预期指标三档，分别按权重的100%-${high}%、${high}%-${low}%、${low}%-0%计分`
        : form === 'word-by-word'
          ? `达成预期指标${high}%～100%；部分达成预期指标${low}-${high}%；未达成预期指标0～${low}%`
          : `达成预期指标得权重的${high}%（含）以上，部分达成预期指标得权重的${low}%（含）-${high}%，未达成预期指标得权重的${low}%以下`;
    const rules = rulesWith(['备注', text]);
    const at = (points: number): string => String(points / 100);
    expect([bandsOf(rules), rules.unread]).toEqual([
      [
        [at(high), '1'],
        [at(low), at(high)],
        ['0', at(low)],
      ],
      [],
    ]);
  });
});
