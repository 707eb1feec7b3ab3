import { decimal } from '../decimal/decimal.js';
import type { Result } from '../issues/Result.js';
import { completionLevelRule } from '../rules/level/index.js';
import { manualRule } from '../rules/manual/index.js';
import { ratioRule } from '../rules/ratio/index.js';
import { reverseRule } from '../rules/reverse/index.js';
import { thresholdRule } from '../rules/threshold/index.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import type { IndicatorNode, LeafNode, RuleBasis, Scheme } from '../scheme/Scheme.js';
import { createSlotBuilder } from './createSlotBuilder.js';
import { schemeWithIndicators } from './schemeWithIndicators.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import { readBuildArguments } from './readBuildArguments.js';
import type { DepartmentIndicator, Preset, PresetBuildOptions, PresetSlot } from './Preset.js';

const reportReference = '2023 年度广州市海珠区人民政府南洲街道办事处部门整体支出绩效自评报告';

const judged: RuleBasis = {
  kind: 'report',
  reference: `按完成情况评分：完成得满分，未完成不得分，部分完成由评价人在 0 与满分之间给分并说明理由（参考报告中“未完成”0 分、“部分已完成”7 分得 6 分、“推进中”2 分得 0.5 分，${reportReference}）`,
};

function judgedLeaf(id: string, zh: string, en: string, weight: string): LeafNode {
  return leaf(id, { zh, en }, weight, completionLevelRule(), { basis: judged });
}

const slots: readonly PresetSlot[] = [
  {
    id: 'outputs',
    name: { zh: '部门整体绩效目标：产出指标', en: 'department targets: outputs' },
    weight: decimal(20),
  },
  {
    id: 'benefits',
    name: { zh: '部门整体绩效目标：效益指标', en: 'department targets: benefits' },
    weight: decimal(20),
  },
];

function build(
  indicators: Readonly<Record<string, readonly DepartmentIndicator[]>>,
  options?: PresetBuildOptions,
): Result<Scheme> {
  // Read as an untyped caller may have passed them: wrong types are issues, never a TypeError.
  // This scheme has no deviation rule of its own to override: the options are only checked.
  const read = readBuildArguments(indicators, options);
  if (!read.ok) return read;
  return fill(read.value.indicators);
}

/** What the preset holds whatever the department: its head and its fixed nodes, built once. */
interface FixedParts {
  readonly head: Scheme;
  readonly budgetExecution: IndicatorNode;
  readonly management: IndicatorNode;
}

let fixed: FixedParts | undefined;

/** The fixed parts, deep-frozen, built on first use (importing the preset builds nothing). */
function fixedParts(): FixedParts {
  fixed ??= {
    head: defineScheme({
      id: 'gz-department-overall',
      version: '2023',
      title: {
        zh: '广州市（海珠区）2023 年部门整体支出绩效自评指标体系',
        en: 'Guangzhou (Haizhu) 2023 department overall expenditure self-evaluation',
      },
      effectiveYear: 2023,
      source: `指标与分值取自${reportReference}的评分表；计分规则见各指标的 basis`,
      indicators: [],
    }),
    budgetExecution: freezeScheme(
      leaf(
        'budget-execution-rate',
        { zh: '部门预算资金支出率', en: 'budget execution rate' },
        10,
        ratioRule({ rateLabel: { zh: '支出率', en: 'execution rate' }, reviewAbove: false }),
        {
          role: 'budget-execution',
          basis: {
            kind: 'report',
            reference: `支出率 = 执行数 ÷ 全年预算数，得分 = 支出率 × 10，最高 10 分，不分档（报告：23,033.06 ÷ 23,135.18 = 99.56% 得 9.96 分；分档计分会得 10 分），${reportReference}`,
          },
        },
      ),
    ),
    management: freezeScheme(
      category('management', { zh: '管理效率', en: 'management efficiency' }, 50, [
        category('budgeting', { zh: '预算编制', en: 'budgeting' }, 3, [
          judgedLeaf(
            'pre-assessment',
            '新增预算项目事前绩效评估',
            'ex-ante assessment of new projects',
            '3',
          ),
        ]),
        category('budget-execution', { zh: '预算执行', en: 'budget execution' }, 4, [
          leaf(
            'carry-over-rate',
            { zh: '结转结余率', en: 'carry-over rate' },
            2,
            reverseRule({ target: '5%', unit: 'percent' }),
            {
              basis: {
                kind: 'assumed',
                reference:
                  '结转结余率 = 结转结余资金 ÷ 支出预算，越低越好。未找到广州市公布的标准：假定 ≤5% 得满分，超出按国家反向指标公式 (1 − 超出比例) × 分值 计分，10% 及以上不得分（报告 2.33% 得满分）',
              },
            },
          ),
          judgedLeaf('financial-compliance', '财务管理合规性', 'financial compliance', '2'),
        ]),
        category('disclosure', { zh: '信息公开', en: 'disclosure' }, 4, [
          judgedLeaf(
            'budget-disclosure',
            '预决算公开合规性',
            'budget and final-accounts disclosure',
            '2',
          ),
          judgedLeaf(
            'performance-disclosure',
            '绩效信息公开情况',
            'performance information disclosure',
            '2',
          ),
        ]),
        category('performance-management', { zh: '绩效管理', en: 'performance management' }, 15, [
          judgedLeaf('performance-rules', '绩效管理制度建设', 'performance management rules', '5'),
          judgedLeaf('results-use', '绩效结果应用', 'use of performance results', '3'),
          judgedLeaf('rules-execution', '绩效管理制度执行', 'execution of performance rules', '7'),
        ]),
        category('procurement', { zh: '采购管理', en: 'procurement' }, 10, [
          judgedLeaf(
            'intention-compliance',
            '采购意向公开合规性',
            'procurement intentions disclosed as required',
            '0.5',
          ),
          judgedLeaf(
            'intention-timeliness',
            '采购意向公开时限',
            'procurement intentions disclosed in time',
            '1.5',
          ),
          judgedLeaf('internal-control', '采购内控制度建设', 'procurement internal controls', '1'),
          judgedLeaf('procurement-compliance', '采购活动合规性', 'procurement compliance', '2'),
          judgedLeaf('contract-timeliness', '采购合同签订时效性', 'contracts signed in time', '3'),
          judgedLeaf('filing-timeliness', '合同备案时效性', 'contracts filed in time', '1'),
          judgedLeaf('policy-effect', '采购政策效能', 'procurement policy effect', '1'),
        ]),
        category('assets', { zh: '资产管理', en: 'asset management' }, 10, [
          judgedLeaf('asset-allocation', '资产配置合规性', 'asset allocation compliance', '2'),
          judgedLeaf('asset-income', '资产收益上缴的及时性', 'asset income paid over in time', '1'),
          judgedLeaf('asset-inventory', '资产盘点情况', 'asset inventory', '1'),
          judgedLeaf('asset-data-quality', '数据质量', 'asset data quality', '2'),
          judgedLeaf('asset-compliance', '资产管理合规性', 'asset management compliance', '2'),
          leaf(
            'fixed-asset-utilisation',
            { zh: '固定资产利用率', en: 'fixed-asset utilisation' },
            2,
            thresholdRule({ comparison: 'yes' }),
            {
              basis: {
                kind: 'report',
                reference: `固定资产利用率 = 在用固定资产 ÷ 全部固定资产，≥90% 得满分，否则不得分（报告：“比率≥90%”得 2 分），${reportReference}`,
              },
              description: {
                zh: '固定资产利用率是否 ≥ 90%',
                en: 'is fixed-asset utilisation at least 90%?',
              },
            },
          ),
        ]),
        category('running-costs', { zh: '运行成本', en: 'running costs' }, 4, [
          leaf(
            'public-funds-control',
            { zh: '公用经费控制率', en: 'public funds control rate' },
            2,
            reverseRule({ target: '100%', unit: 'percent' }),
            {
              basis: {
                kind: 'national',
                reference:
                  '公用经费控制率 = 实际支出公用经费 ÷ 预算安排公用经费 × 100%，≤100% 得满分，超出按反向指标公式计分（财预〔2013〕53号 共性指标、财预〔2020〕10号 自评计分规则）',
              },
            },
          ),
          leaf(
            'three-public-control',
            { zh: '“三公”经费控制情况', en: '"three public" spending control' },
            2,
            reverseRule(),
            {
              role: 'three-public-spending',
              basis: {
                kind: 'national',
                reference:
                  '“三公”经费控制率 = 实际支出 ÷ 预算安排 × 100%，≤100% 得满分，超出按反向指标公式计分；输入实际支出与年初预算数（财预〔2013〕53号 共性指标）',
              },
            },
          ),
        ]),
      ]),
    ),
  };
  return fixed;
}

const performanceName = { zh: '履职效能', en: 'performance of duties' };

/** The scheme with the department's two slots, deep-frozen, in the preset's fixed tree. */
function schemeWith(outputs: IndicatorNode, benefits: IndicatorNode): Scheme {
  const { head, budgetExecution, management } = fixedParts();
  const performance = freezeScheme(
    category('performance', performanceName, 50, [outputs, benefits, budgetExecution]),
  );
  return schemeWithIndicators(head, [performance, management]);
}

/** Builds the scheme for a department's indicators, keeping the latest ones built. */
const fill = createSlotBuilder(slots, (filled) => {
  const [outputs, benefits] = [filled.get('outputs'), filled.get('benefits')];
  if (outputs === undefined || benefits === undefined)
    throw new Error('unreachable: buildSlots fills every slot');
  return schemeWith(outputs, benefits);
});

function skeleton(): Scheme {
  // slots lists exactly two slots, so the map yields exactly two nodes.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
  const [outputs, benefits] = slots.map((slot) =>
    leaf(slot.id, slot.name, slot.weight, manualRule(), {
      basis: {
        kind: 'report',
        reference: '部门自定的三级指标，由部门数据给出；此处按二级指标整体计',
      },
    }),
  ) as [IndicatorNode, IndicatorNode];
  return schemeWith(outputs, benefits);
}

/**
 * The Guangzhou (Haizhu) 2023 部门整体支出绩效自评 indicator system: 履职效能 50 (产出指标 20 and
 * 效益指标 20 filled by the department, 部门预算资金支出率 10) and 管理效率 50 (预算编制 3, 预算执行 4,
 * 信息公开 4, 绩效管理 15, 采购管理 10, 资产管理 10, 运行成本 4).
 *
 * @example
 * gzDepartmentOverall2023.reference; // → "gz-department-overall@2023"
 */
export const gzDepartmentOverall2023: Preset = Object.freeze({
  id: 'gz-department-overall',
  version: '2023',
  reference: 'gz-department-overall@2023',
  title: {
    zh: '广州市（海珠区）2023 年部门整体支出绩效自评指标体系',
    en: 'Guangzhou (Haizhu) 2023 department overall expenditure self-evaluation',
  },
  effectivePeriod: { from: 2023, to: 2023 },
  source: reportReference,
  slots,
  budgetIndicator: 'budget-execution-rate',
  build,
  skeleton,
});
