import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import type { Evaluation, NodeResult } from '../evaluation/Evaluation.js';

const ZERO = new JixiaoDecimal(0);

function inconsistent(
  path: IssuePath,
  found: string,
  expected: string,
  why: {
    readonly zh: string;
    readonly en: string;
  },
): Issue {
  return createIssue(
    'inconsistent_evaluation',
    path,
    {
      zh: `评价结果自相矛盾：${why.zh}（为 ${found}，应为 ${expected}）`,
      en: `The evaluation contradicts itself: ${why.en} (it is ${found}, expected ${expected})`,
    },
    { expected, received: found },
  );
}

/** The score of a node, when it has one. */
const scoreOf = (node: NodeResult): Dec | undefined =>
  node.score === null ? undefined : new JixiaoDecimal(node.score);

function checkNode(node: NodeResult, path: IssuePath, issues: Issue[]): void {
  const score = scoreOf(node);
  const weight = new JixiaoDecimal(node.weight);
  if (score !== undefined && (score.lessThan(ZERO) || score.greaterThan(weight)))
    issues.push(
      inconsistent([...path, 'score'], node.score ?? '', `0…${node.weight}`, {
        zh: '得分超出分值',
        en: 'a score outside its weight',
      }),
    );
  if (node.type !== 'category') return;
  node.children.forEach((child, index) => {
    checkNode(child, [...path, 'children', index], issues);
  });
  if (score === undefined) return;
  const sum = node.children.reduce((total, child) => total.plus(scoreOf(child) ?? ZERO), ZERO);
  if (!sum.equals(score))
    issues.push(
      inconsistent([...path, 'score'], node.score ?? '', sum.toFixed(), {
        zh: '类别得分不等于其下各项得分之和',
        en: "a category's score is not the sum of its children's",
      }),
    );
}

/**
 * What a saved evaluation (an evaluation's JSON, read back) says that its own numbers contradict:
 * a score outside [0, its weight], a category's score other than its children's sum, a raw total
 * other than the sum of the top-level scores, a total (with nothing left out as 不适用) other than
 * the raw total, a total above the full marks. An evaluation `evaluate` made has none; one edited
 * by hand, or by a tool, may, and is not compared as if it were sound.
 *
 * @param evaluation - the evaluation as read
 * @returns one `inconsistent_evaluation` issue per contradiction, at the number found wrong
 *
 * @example
 * evaluationInconsistencies(parsed); // → [] for what evaluate wrote
 */
export function evaluationInconsistencies(evaluation: Evaluation): readonly Issue[] {
  const issues: Issue[] = [];
  evaluation.indicators.forEach((node, index) => {
    checkNode(node, ['indicators', index], issues);
  });
  const raw = evaluation.indicators.reduce(
    (total, node) => total.plus(scoreOf(node) ?? ZERO),
    ZERO,
  );
  const rawTotal = new JixiaoDecimal(evaluation.rawTotal);
  if (!raw.equals(rawTotal))
    issues.push(
      inconsistent(['rawTotal'], evaluation.rawTotal, raw.toFixed(), {
        zh: '原始总分不等于各一级指标得分之和',
        en: 'the raw total is not the sum of the top-level scores',
      }),
    );
  const total = new JixiaoDecimal(evaluation.total);
  if (new JixiaoDecimal(evaluation.notApplicable.weight).isZero() && !total.equals(rawTotal))
    issues.push(
      inconsistent(['total'], evaluation.total, evaluation.rawTotal, {
        zh: '没有不适用指标时，总分应等于原始总分',
        en: 'with nothing not applicable, the total is the raw total',
      }),
    );
  if (total.lessThan(ZERO) || total.greaterThan(new JixiaoDecimal(evaluation.fullMarks)))
    issues.push(
      inconsistent(['total'], evaluation.total, `0…${evaluation.fullMarks}`, {
        zh: '总分超出满分',
        en: 'a total outside the full marks',
      }),
    );
  return issues;
}
