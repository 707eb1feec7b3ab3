/**
 * The generic vocabulary of 自评表 templates and their regional variants: column headers by the
 * role they play, row labels, and level words. Every reader and the score table share it, so a
 * variant added here is read in every layout.
 */

/** What a column holds. */
export type ColumnRole =
  | 'sequence'
  | 'level1'
  | 'level2'
  | 'level3'
  /** 四级指标 and any deeper level (五级指标 …), one column each, deeper to the right. */
  | 'level4'
  | 'nature'
  | 'target'
  | 'adjustedTarget'
  | 'unit'
  | 'actual'
  | 'coefficient'
  | 'weight'
  | 'score'
  | 'reason'
  | 'method'
  | 'explanation'
  | 'core'
  | 'fundSource'
  | 'initialBudget'
  | 'budget'
  | 'executed'
  | 'rate';

/** Each role with the headers that name it, as written in templates (after {@link headerKey}). */
const headerVariants: readonly (readonly [ColumnRole, readonly string[]])[] = [
  ['sequence', ['序号']],
  ['level1', ['一级指标']],
  ['level2', ['二级指标']],
  ['level3', ['三级指标', '指标名称', '具体指标']],
  ['level4', ['四级指标', '五级指标', '六级指标', '七级指标', '八级指标', '九级指标', '十级指标']],
  ['nature', ['指标性质']],
  [
    'target',
    ['年度指标值', '指标值', '年初指标值', '年初目标值', '目标值', '预期指标值', '年度目标值'],
  ],
  ['adjustedTarget', ['调整指标值']],
  ['unit', ['度量单位', '计量单位']],
  ['actual', ['实际完成值', '完成值', '全年实际值', '全年完成值', '实际值', '实际完成情况值']],
  ['coefficient', ['得分系数', '得分率']],
  ['weight', ['分值', '权重', '指标分值', '指标权重', '执行率权重']],
  ['score', ['得分', '自评得分', '指标得分', '执行率得分']],
  [
    'reason',
    [
      '偏差原因分析及改进措施',
      '未完成原因分析',
      '偏差原因分析',
      '未完成原因分析及改进措施',
      '原因',
      '偏差原因',
    ],
  ],
  ['method', ['得分计算方法', '评分标准', '评分方法']],
  ['explanation', ['指标解释', '指标说明']],
  ['core', ['是否核心指标']],
  ['fundSource', ['资金来源']],
  ['initialBudget', ['年初预算数', '年初预算']],
  ['budget', ['全年预算数', '调整后预算数', '预算数', '年度预算数']],
  ['executed', ['全年执行数', '预算执行数', '执行数', '实际支出']],
  ['rate', ['执行率', '预算执行率']],
];

/**
 * A header as the vocabulary compares it: NFKC (full-width forms folded), no spaces (letter-
 * spaced `分 值`, HTML breaks inside words), no `(A)`/`(B)` markers, no bracket of up to 24
 * characters (`分值(10分)`, `(万元)`, `(%)`, `(分)`, `（B/A）`, `得分（按实际完成值占年度指标值比例计算）`).
 *
 * @param text - a header cell as written
 * @returns its comparable form
 *
 * @example
 * headerKey('预算数(A)'); // → "预算数"
 * headerKey('分 值（10分）'); // → "分值"
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^()]{0,24}\)/g, '')
    .replace(/[:：]$/, '');
}

/** Words of a bracket that says what a total is made of, or how 不适用 and full marks count. */
const aboutTheTotal = /不适用|满分|折算|换算|百分制|之和|合计|总分|得分|加总|相加/u;

/**
 * A first cell as compared with the total labels: as {@link headerKey}, but a bracket of more than
 * 12 characters goes only when it says what the total is made of or how 不适用 counts
 * (`总分（不计不适用指标，按满分折算）`, `总分（预算执行情况得分与绩效指标得分之和）`): an indicator
 * named `综合得分（群众满意度测评与第三方评价结果）` stays a name.
 *
 * @param text - the cell as written
 * @returns its comparable form
 *
 * @example
 * totalKey('总分（不计不适用指标，按满分折算）'); // → "总分"
 * totalKey('综合得分（群众满意度测评与第三方评价结果）'); // → "综合得分(群众满意度测评与第三方评价结果)"
 */
export function totalKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\(([^()]{0,24})\)/g, (bracket, inner: string) =>
      inner.length <= 12 || aboutTheTotal.test(inner) ? '' : bracket,
    )
    .replace(/[:：]$/, '');
}

const rolesByHeader: ReadonlyMap<string, ColumnRole> = new Map(
  headerVariants.flatMap(([role, variants]) => variants.map((variant) => [variant, role] as const)),
);

/**
 * The role of a column from its header, or undefined for a header the vocabulary does not know.
 *
 * @param text - the header cell as written
 * @returns its role
 *
 * @example
 * columnRole('全年实际值'); // → "actual"
 * columnRole('调整后预算数'); // → "budget"
 */
export function columnRole(text: string): ColumnRole | undefined {
  const key = headerKey(text);
  // A level past 十 is written with digits (11级指标), as jixiao's own sheets write it.
  return (
    rolesByHeader.get(key) ?? (/^[0-9]{1,3}级指标$/u.test(key) ? levelOfDigits(key) : undefined)
  );
}

/** `4级指标` and deeper → level4; 1–3 written with digits → their own level. */
function levelOfDigits(key: string): ColumnRole | undefined {
  const depth = Number.parseInt(key, 10);
  if (depth === 1) return 'level1';
  if (depth === 2) return 'level2';
  if (depth === 3) return 'level3';
  return depth >= 4 ? 'level4' : undefined;
}

/** The roles of indicator name columns, 一级 to the deepest. */
export const levelRoles: readonly ColumnRole[] = ['level1', 'level2', 'level3', 'level4'];

/**
 * Whether a column names indicators at some level (一级指标 … 四级指标 and deeper).
 *
 * @param role - the column's role
 * @returns true for a level column
 *
 * @example
 * isLevelRole(columnRole('四级指标')); // → true
 */
export function isLevelRole(role: ColumnRole | undefined): boolean {
  return role === 'level1' || role === 'level2' || role === 'level3' || role === 'level4';
}

/** Labels of the budget block's total row (年度资金总额 …), compared after {@link headerKey}. */
export const budgetTotalLabels: readonly string[] = ['年度资金总额', '年度财政资金总额', '总额'];

/** Labels of the budget block's part rows (其中：…), compared after {@link headerKey}. */
export const budgetPartLabels: readonly string[] = [
  '当年财政拨款',
  '本年财政拨款',
  '上年结转资金',
  '其他资金',
  '基本支出',
  '项目支出',
  '财政资金',
  '财政专户管理资金',
  '单位资金',
];

/**
 * The templates' own 一级 and 二级 names (national project and department forms, and the
 * 共性/个性 parts of older sheets): category labels even where no weight is written beside them.
 */
export const templateCategoryNames: readonly string[] = [
  '产出指标',
  '效益指标',
  '满意度指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '共性指标',
  '个性指标',
];

/** Labels of a total row, compared after {@link headerKey}. */
export const totalLabels: readonly string[] = ['总分', '合计', '自评总分', '综合得分', '总计'];

/** Labels of a cell followed by the grade (`等级 | 优`): a row they begin states the grade. */
export const gradeCellLabels: readonly string[] = [
  '评价等级',
  '自评等级',
  '等级',
  '评价结果',
  '自评结果',
];

/** Labels of rows that hold text, not cells to score (names, goals, conclusions, signatures). */
export const textRowLabels: readonly string[] = [
  '项目名称',
  '主管部门',
  '实施单位',
  '部门(单位)名称',
  '单位名称',
  '填报日期',
  '联系人',
  '年度总体目标',
  '预期目标',
  '实际完成情况',
  '年初设定目标',
  '年度总体目标完成情况',
  '评价结论',
  '绩效评价结论',
  '自评结论',
  '存在问题',
  '存在的问题',
  '主要问题',
  '问题及改进措施',
  '改进措施',
  '改进计划',
  '整改措施',
  '下一步改进措施',
  '备注',
  '说明',
  '评分规则',
  '计分规则',
  '评分说明',
  '填表说明',
  '项目负责人',
  '财务负责人',
  '单位负责人',
  '填报人',
  '填表人',
  '审核人',
  '联系电话',
];

/**
 * Labels of a closing row that explains deviations (`偏差原因分析 | 站点运营经费来源单一。`). They are
 * header words too (the 偏差原因分析 column), so a row they start is text only when none of its
 * other cells is a header.
 */
export const reasonRowLabels: readonly string[] = ['偏差原因分析', '未完成原因分析', '原因分析'];

/** Whether a line is a table's title (…自评表 / …评价表, often with （20XX年度）). */
export function isTableTitle(text: string): boolean {
  return /(?:自评表|评价表)(?:[(（]\s*\d{4}\s*年度?\s*[)）])?\s*$/u.test(
    text.normalize('NFKC').trim(),
  );
}

/** The share of the weight a qualitative level word earns, as the templates band it. */
export interface LevelBand {
  readonly words: readonly string[];
  /** Inclusive lower share of the weight, as a decimal string. */
  readonly from: string;
  /** Upper share: inclusive for the top band, exclusive below it. */
  readonly to: string;
}

/** Level words and their national bands: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 below. */
export const levelBands: readonly LevelBand[] = [
  { words: ['达成', '达成预期指标', '完成', '是', '好', '效果明显'], from: '0.8', to: '1' },
  {
    words: ['部分达成', '部分达成预期指标', '基本完成', '较好', '基本达成'],
    from: '0.6',
    to: '0.8',
  },
  { words: ['未达成', '未达成预期指标', '未完成', '否', '一般'], from: '0', to: '0.6' },
];
