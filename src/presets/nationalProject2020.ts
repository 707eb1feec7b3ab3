import { decimal } from '../decimal/decimal.js';
import type { Result } from '../issues/Result.js';
import { manualRule } from '../rules/manual/index.js';
import { ratioRule } from '../rules/ratio/index.js';
import { defineScheme, leaf } from '../scheme/builders.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import { createSlotBuilder } from './createSlotBuilder.js';
import { schemeWithIndicators } from './schemeWithIndicators.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import { readBuildArguments } from './readBuildArguments.js';
import type { DepartmentIndicator, Preset, PresetBuildOptions, PresetSlot } from './Preset.js';

const source =
  '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）及其自评表；计分公式见各指标的 basis';

const slots: readonly PresetSlot[] = [
  { id: 'outputs', name: { zh: '产出指标', en: 'outputs' }, weight: decimal(50) },
  { id: 'benefits', name: { zh: '效益指标', en: 'benefits' }, weight: decimal(30) },
  { id: 'satisfaction', name: { zh: '满意度指标', en: 'satisfaction' }, weight: decimal(10) },
];

/** The preset's own deviation rule: a reason is required at 130% of target, or when it is missed. */
const defaultDeviation = { above: decimal('1.3'), whenMissed: true } as const;

/** What the preset holds whatever the project: its head and its 预算执行率 leaf, built once. */
interface FixedParts {
  readonly head: Scheme;
  readonly budgetExecution: IndicatorNode;
}

let fixed: FixedParts | undefined;

/** The fixed parts, deep-frozen, built on first use (importing the preset builds nothing). */
function fixedParts(): FixedParts {
  fixed ??= {
    head: defineScheme({
      id: 'national-project',
      version: '2020',
      title: {
        zh: '项目支出绩效自评（财预〔2020〕10号）',
        en: 'Project expenditure self-evaluation (MOF 2020 No. 10)',
      },
      effectiveYear: 2020,
      source,
      indicators: [],
    }),
    budgetExecution: freezeScheme(
      leaf(
        'budget-execution-rate',
        { zh: '预算执行率', en: 'budget execution rate' },
        10,
        ratioRule({ rateLabel: { zh: '执行率', en: 'execution rate' }, reviewAbove: false }),
        {
          role: 'budget-execution',
          basis: {
            kind: 'national',
            reference:
              '预算执行率 = 全年执行数 ÷ 全年预算数，得分 = 执行率 × 10，最高不得超过分值上限（项目支出绩效自评表）',
          },
        },
      ),
    ),
  };
  return fixed;
}

/** The scheme with its slots filled by deep-frozen nodes. */
function schemeWith(filled: ReadonlyMap<string, IndicatorNode>): Scheme {
  const slot = (id: string): IndicatorNode => {
    const node = filled.get(id);
    if (node === undefined) throw new Error(`unreachable: slot ${id} is filled`);
    return node;
  };
  const { head, budgetExecution } = fixedParts();
  return schemeWithIndicators(head, [
    budgetExecution,
    slot('outputs'),
    slot('benefits'),
    slot('satisfaction'),
  ]);
}

/** Builds the scheme for a project's indicators, keeping the latest ones built. */
const fill = createSlotBuilder(slots, schemeWith);

function build(
  indicators: Readonly<Record<string, readonly DepartmentIndicator[]>>,
  options: PresetBuildOptions = {},
): Result<Scheme> {
  // Read as an untyped caller may have passed them: wrong types are issues, never a TypeError.
  const read = readBuildArguments(indicators, options);
  if (!read.ok) return read;
  const requested = read.value.options.deviationReason;
  const deviation =
    requested === undefined
      ? defaultDeviation
      : {
          above: requested.above ?? defaultDeviation.above,
          whenMissed: requested.whenMissed ?? defaultDeviation.whenMissed,
        };
  return fill(read.value.indicators, deviation);
}

function skeleton(): Scheme {
  const judged = (slot: PresetSlot): IndicatorNode =>
    freezeScheme(
      leaf(slot.id, slot.name, slot.weight, manualRule(), {
        basis: {
          kind: 'national',
          reference: '项目自定的绩效指标，由项目自评表给出；此处按一级指标整体计',
        },
      }),
    );
  return schemeWith(new Map(slots.map((slot) => [slot.id, judged(slot)] as const)));
}

/**
 * The national 项目支出绩效自评 scheme (财预〔2020〕10号): 预算执行率 10, 产出指标 50 (数量, 质量, 时效,
 * 成本), 效益指标 30 (经济, 社会, 生态, 可持续影响), 满意度指标 10. Each project's own table supplies
 * the indicators and their weights, checked to sum to each category; its written targets ("≥95%",
 * "≤100万元", "=1个", "达成") pick the national formula. A deviation reason (偏差原因) is required at
 * 130% of target or when a target is missed, unless the data file declares otherwise.
 *
 * @example
 * nationalProject2020.title.zh; // → "项目支出绩效自评（财预〔2020〕10号）"
 */
export const nationalProject2020: Preset = Object.freeze({
  id: 'national-project',
  version: '2020',
  reference: 'national-project@2020',
  title: {
    zh: '项目支出绩效自评（财预〔2020〕10号）',
    en: 'Project expenditure self-evaluation (MOF 2020 No. 10)',
  },
  effectivePeriod: { from: 2020 },
  source,
  slots,
  budgetIndicator: 'budget-execution-rate',
  build,
  skeleton,
});
