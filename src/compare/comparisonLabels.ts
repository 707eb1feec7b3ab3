import type { Language } from '../issues/Language.js';
import type { IndicatorChangeStatus } from './EvaluationComparison.js';

/** The words of a rendered comparison, in one language. @internal */
export interface ComparisonLabels {
  readonly heading: string;
  readonly before: string;
  readonly after: string;
  readonly indicator: string;
  readonly weight: string;
  readonly scoreBefore: string;
  readonly scoreAfter: string;
  readonly change: string;
  readonly rateChange: string;
  readonly note: string;
  readonly total: string;
  readonly grade: string;
  readonly colon: string;
  /** Between the parts of a note. */
  readonly separator: string;
  /** Between the names of a path. */
  readonly pathSeparator: string;
  readonly status: Readonly<Record<IndicatorChangeStatus, string>>;
  readonly matchedBy: { readonly id: string; readonly name: string };
  readonly movedFrom: (path: string) => string;
  /** Where a top-level indicator was, for a moved one. */
  readonly topLevel: string;
  readonly renamedFrom: (name: string) => string;
  readonly matchedByName: (formerId: string) => string;
  readonly rule: (before: string, after: string) => string;
  readonly ruleParameters: string;
  readonly scored: string;
  readonly notApplicable: string;
  readonly applicability: (before: string, after: string) => string;
  readonly leafCounts: (counts: Readonly<Record<IndicatorChangeStatus, number>>) => string;
  readonly csv: {
    readonly level: string;
    readonly status: string;
    readonly matchedBy: string;
    readonly idBefore: string;
    readonly idAfter: string;
    readonly indicatorBefore: string;
    readonly indicatorAfter: string;
    readonly weightBefore: string;
    readonly weightAfter: string;
    readonly weightChange: string;
    readonly scoreBefore: string;
    readonly scoreAfter: string;
    readonly scoreChange: string;
    readonly rateBefore: string;
    readonly rateAfter: string;
    readonly rateChange: string;
    readonly ruleBefore: string;
    readonly ruleAfter: string;
    readonly note: string;
  };
}

/** The words of rendered comparisons, in each language. @internal */
export const comparisonLabels: Readonly<Record<Language, ComparisonLabels>> = {
  zh: {
    heading: '绩效对比',
    before: '原',
    after: '新',
    indicator: '指标',
    weight: '分值',
    scoreBefore: '原得分',
    scoreAfter: '新得分',
    change: '变化',
    rateChange: '得分率变化',
    note: '说明',
    total: '总分',
    grade: '等级',
    colon: '：',
    separator: '；',
    pathSeparator: ' › ',
    status: { same: '相同', changed: '变化', added: '新增', removed: '删除', moved: '移动' },
    matchedBy: { id: '编号', name: '名称' },
    movedFrom: (path) => `移动：原在 ${path}`,
    topLevel: '一级指标',
    renamedFrom: (name) => `原名：${name}`,
    matchedByName: (formerId) => `按名称匹配，原编号 ${formerId}`,
    rule: (before, after) => `规则：${before} → ${after}`,
    ruleParameters: '规则参数变化',
    scored: '已评分',
    notApplicable: '不适用',
    applicability: (before, after) => `${before} → ${after}`,
    leafCounts: (counts) =>
      `末级指标：相同 ${counts.same}，变化 ${counts.changed}，新增 ${counts.added}，删除 ${counts.removed}，移动 ${counts.moved}`,
    csv: {
      level: '层级',
      status: '状态',
      matchedBy: '匹配方式',
      idBefore: '原指标编号',
      idAfter: '新指标编号',
      indicatorBefore: '原指标',
      indicatorAfter: '新指标',
      weightBefore: '原分值',
      weightAfter: '新分值',
      weightChange: '分值变化',
      scoreBefore: '原得分',
      scoreAfter: '新得分',
      scoreChange: '得分变化',
      rateBefore: '原得分率（%）',
      rateAfter: '新得分率（%）',
      rateChange: '得分率变化（百分点）',
      ruleBefore: '原规则',
      ruleAfter: '新规则',
      note: '说明',
    },
  },
  en: {
    heading: 'Comparison',
    before: 'Before',
    after: 'After',
    indicator: 'Indicator',
    weight: 'Weight',
    scoreBefore: 'Before',
    scoreAfter: 'After',
    change: 'Change',
    rateChange: 'Rate change',
    note: 'Note',
    total: 'Total',
    grade: 'Grade',
    colon: ': ',
    separator: '; ',
    pathSeparator: ' › ',
    status: {
      same: 'same',
      changed: 'changed',
      added: 'added',
      removed: 'removed',
      moved: 'moved',
    },
    matchedBy: { id: 'id', name: 'name' },
    movedFrom: (path) => `moved from ${path}`,
    topLevel: 'the top level',
    renamedFrom: (name) => `renamed from ${name}`,
    matchedByName: (formerId) => `matched by name, was id ${formerId}`,
    rule: (before, after) => `rule: ${before} → ${after}`,
    ruleParameters: 'rule parameters changed',
    scored: 'scored',
    notApplicable: 'not applicable',
    applicability: (before, after) => `${before} → ${after}`,
    leafCounts: (counts) =>
      `Leaves: ${counts.same} same, ${counts.changed} changed, ${counts.added} added, ${counts.removed} removed, ${counts.moved} moved`,
    csv: {
      level: 'Level',
      status: 'Status',
      matchedBy: 'Matched by',
      idBefore: 'Id before',
      idAfter: 'Id after',
      indicatorBefore: 'Indicator before',
      indicatorAfter: 'Indicator after',
      weightBefore: 'Weight before',
      weightAfter: 'Weight after',
      weightChange: 'Weight change',
      scoreBefore: 'Score before',
      scoreAfter: 'Score after',
      scoreChange: 'Score change',
      rateBefore: 'Rate before (%)',
      rateAfter: 'Rate after (%)',
      rateChange: 'Rate change (points)',
      ruleBefore: 'Rule before',
      ruleAfter: 'Rule after',
      note: 'Note',
    },
  },
};
