import type { Language } from '../../issues/Language.js';

/** The texts of `jixiao verify`, in each language. */
export const verifyMessages = {
  zh: {
    help: `用法：jixiao verify <方案.json|数据文件.json|内置方案> [--seed N] [--runs N] [--max-share 比例] [--format table|json] [--lang zh|en]

检查一个评价方案：方案文件（含 indicators）、数据文件（检查其方案）或内置方案（如
gz-department-overall@2023、national-project@2020，见 jixiao presets）。
先做设计检查（不需随机输入）：末级指标得不到满分、等级无法达到或在得分精度下为空、复核线低于
满分完成率、定性等级的得分区间重叠、最多扣分超过分值，以及（给出 --max-share 时）某一下级占其
上级分值的比例过高。再用随机生成的输入检验各条定律：得分不越界、确定、单调、舍入、下级之和、
顺序无关、JSON 往返、等级、最佳输入得满分。定律不成立时给出缩减后的反例：一份数据文件，保存后
可用 jixiao score 复现。

  --seed N            随机种子（默认 1；同一种子的输出逐字节相同）
  --runs N            每条定律试验的次数（默认 100）
  --max-share 比例    下级分值占上级的最大比例，如 0.5（默认不检查）
  --format json       输出 JSON（设计检查、各定律结果与反例的数据文件）

设计检查提示的问题按警告列出（⚠），方案仍然有效、可以评分；但与定律不成立一样，退出码为 1。
退出码：0 全部通过；1 有设计检查提示或定律不成立；2 输入无法使用（文件、方案或选项有误）。`,
    heading: (subject: string, title: string, seed: number, runs: number) =>
      `检查 ${subject}（${title}）：种子 ${seed}，每条定律 ${runs} 次`,
    lintsHeading: '设计检查',
    lawsHeading: '定律',
    lintOff: '未检查（用 --max-share 比例 开启）',
    lawLine: (subjects: number, runs: number) =>
      subjects === 1 ? `${runs} 次` : `${subjects} 条规则，共 ${runs} 次`,
    skipped: (reason: string) => `跳过：${reason}`,
    sameAs: (law: string) => `反例同 ${law}`,
    failedAt: (run: number) => `第 ${run} 次不成立`,
    shrunk: (shrinks: number, seed: number) => `缩减 ${shrinks} 次；用 --seed ${seed} 重现`,
    counterexample:
      '反例数据文件（保存为 counterexample.json，再运行 jixiao score counterexample.json）：',
    summary: (lints: number, laws: number) =>
      lints === 0 && laws === 0 ? '全部通过。' : `${lints} 处设计问题，${laws} 条定律不成立。`,
  },
  en: {
    help: `Usage: jixiao verify <SCHEME.json|DATA.json|PRESET> [--seed N] [--runs N] [--max-share SHARE] [--format table|json] [--lang zh|en]

Checks a scheme: a scheme file (with indicators), a data file (its scheme) or a shipped preset
(such as gz-department-overall@2023 or national-project@2020; see jixiao presets).
First the design lints, which need no generated inputs: a leaf whose full marks no input reaches,
a grade no total earns or that the score scale leaves empty, a review flag below the completion
that earns full marks, level ranges that share scores, a deduction limit above the weight, and
(with --max-share) a child carrying too large a share of its category. Then the laws, over
generated inputs: scores within bounds, deterministic, monotone, rounded as the policy says,
children summing to their parent, sibling order not mattering, JSON round trips, grades, best
inputs earning full marks. A law that fails comes with its shrunk counterexample: a data file to
save and score with jixiao score.

  --seed N            the seed of the generated cases (default 1; one seed, byte-identical output)
  --runs N            cases tried per law (default 100)
  --max-share SHARE   the largest share of its category a child may carry, such as 0.5 (default:
                      not checked)
  --format json       JSON: the lints, every law's result and the counterexamples' data files

A lint is a warning (⚠): the scheme stays valid and scores; but like a failed law it makes the exit
code 1.
Exit codes: 0 everything passes; 1 a lint fired or a law failed; 2 unusable input (a file, scheme
or option value that cannot be used).`,
    heading: (subject: string, title: string, seed: number, runs: number) =>
      `Verifying ${subject} (${title}): seed ${seed}, ${runs} runs per law`,
    lintsHeading: 'Design lints',
    lawsHeading: 'Laws',
    lintOff: 'not checked (turn on with --max-share SHARE)',
    lawLine: (subjects: number, runs: number) =>
      `${subjects === 1 ? '' : `${subjects} rules, `}${runs} ${runs === 1 ? 'run' : 'runs'}`,
    skipped: (reason: string) => `skipped: ${reason}`,
    sameAs: (law: string) => `the same counterexample as ${law}`,
    failedAt: (run: number) => `failed at run ${run}`,
    shrunk: (shrinks: number, seed: number) =>
      `shrunk ${shrinks} times; replay with --seed ${seed}`,
    counterexample:
      'the counterexample as a data file (save it as counterexample.json, then run jixiao score counterexample.json):',
    summary: (lints: number, laws: number) =>
      lints === 0 && laws === 0
        ? 'Everything passes.'
        : `${lints} lint ${lints === 1 ? 'issue' : 'issues'}, ${laws} ${laws === 1 ? 'law' : 'laws'} failed.`,
  },
} as const satisfies Record<Language, unknown>;
