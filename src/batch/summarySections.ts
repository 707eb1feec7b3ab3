import { requireLanguage } from '../evaluation/requireLanguage.js';
import { formatIssuePath } from '../issues/formatIssuePath.js';
import type { Language } from '../issues/Language.js';
import { visibleText } from '../issues/visibleText.js';
import { localize } from '../issues/LocalizedText.js';
import { batchOutcomes, type BatchSubject } from './BatchEntry.js';
import type { BatchSummary } from './BatchSummary.js';
import { requireSummary } from './requireSummary.js';

/** One section of a summary as rows of text: what the table, Markdown and CSV forms all write. */
export interface SummarySection {
  readonly title: string;
  readonly header: readonly string[];
  /** Which columns hold numbers (right-aligned in the table). */
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
}

const words = {
  zh: {
    overview: '概况',
    what: '项目',
    count: '数量',
    documents: '文档',
    outcomes: {
      scored: '已评分',
      consistent: '核对一致',
      inconsistent: '核对不一致',
      unchecked: '未能核对',
      failed: '失败',
    },
    grades: '等级分布',
    grade: '等级',
    ranking: '总分排名',
    rank: '名次',
    file: '文件',
    subject: '单位 / 项目',
    scheme: '方案',
    total: '总分',
    categories: '一级指标分布',
    category: '一级指标',
    weight: '分值',
    scoredIn: '已评分文档',
    notApplicable: '不适用',
    min: '最低',
    median: '中位数',
    max: '最高',
    mean: '平均',
    failures: '失败的文档',
    issue: '问题',
    moreIssues: (count: number) => `（另有 ${count} 项）`,
    flagged: '不一致或未能核对的报告',
    outcome: '结果',
    checks: '核对',
    findings: '问题',
  },
  en: {
    overview: 'Overview',
    what: 'what',
    count: 'count',
    documents: 'documents',
    outcomes: {
      scored: 'scored',
      consistent: 'audited consistent',
      inconsistent: 'audited inconsistent',
      unchecked: 'not checkable',
      failed: 'failed',
    },
    grades: 'Grades',
    grade: 'grade',
    ranking: 'Ranking by total',
    rank: 'rank',
    file: 'file',
    subject: 'department / project',
    scheme: 'scheme',
    total: 'total',
    categories: 'Top-level categories',
    category: 'category',
    weight: 'weight',
    scoredIn: 'scored in',
    notApplicable: 'n/a',
    min: 'min',
    median: 'median',
    max: 'max',
    mean: 'mean',
    failures: 'Documents that failed',
    issue: 'issue',
    moreIssues: (count: number) => ` (and ${count} more)`,
    flagged: 'Reports inconsistent or not checkable',
    outcome: 'outcome',
    checks: 'checks',
    findings: 'findings',
  },
} as const;

/** Whom a document is about, on one line: the project, its department, the year. */
function subjectText(subject: BatchSubject | undefined): string {
  if (subject === undefined) return '';
  return [
    subject.project,
    subject.department,
    subject.year === undefined ? undefined : String(subject.year),
  ]
    .filter((part) => part !== undefined)
    .join(' · ');
}

/**
 * A summary's sections, in the order every text form writes them: the overview (documents and
 * outcomes), the grades, the ranking, the 一级 categories' distributions, the failures and the
 * flagged audits; a section with nothing in it is left out (the overview never is).
 *
 * @param summary - the batch summary
 * @param lang - the language of titles, headers and names
 * @returns the sections
 *
 * @example
 * summarySections(summary, 'zh')[0]?.title; // → '概况'
 */
export function summarySections(summary: BatchSummary, lang: Language): readonly SummarySection[] {
  requireSummary(summary);
  const text = words[requireLanguage(lang, 'lang')];
  const outcomeRows = batchOutcomes
    .filter((outcome) => summary.outcomes[outcome] > 0)
    .map((outcome) => [text.outcomes[outcome], String(summary.outcomes[outcome])]);
  const sections: SummarySection[] = [
    {
      title: text.overview,
      header: [text.what, text.count],
      numeric: [false, true],
      rows: [[text.documents, String(summary.documents)], ...outcomeRows],
    },
  ];
  if (summary.grades.length > 0)
    sections.push({
      title: text.grades,
      header: [text.grade, text.count],
      numeric: [false, true],
      rows: summary.grades.map(({ grade, count }) => [grade, String(count)]),
    });
  if (summary.ranking.length > 0)
    sections.push({
      title: text.ranking,
      header: [text.rank, text.file, text.subject, text.scheme, text.total, text.grade],
      numeric: [true, false, false, false, true, false],
      rows: summary.ranking.map((ranked) => [
        String(ranked.rank),
        visibleText(ranked.name),
        subjectText(ranked.subject),
        ranked.scheme,
        ranked.total,
        ranked.grade,
      ]),
    });
  if (summary.categories.length > 0)
    sections.push({
      title: text.categories,
      header: [
        text.scheme,
        text.category,
        text.weight,
        text.scoredIn,
        text.notApplicable,
        text.min,
        text.median,
        text.max,
        text.mean,
      ],
      numeric: [false, false, true, true, true, true, true, true, true],
      rows: summary.categories.map((category) => [
        category.scheme,
        localize(category.name, lang),
        category.weight,
        String(category.documents),
        String(category.notApplicable),
        category.min ?? '',
        category.median ?? '',
        category.max ?? '',
        category.mean ?? '',
      ]),
    });
  if (summary.failures.length > 0)
    sections.push({
      title: text.failures,
      header: [text.file, text.issue],
      numeric: [false, false],
      rows: summary.failures.map(({ name, issues }) => {
        const [first] = issues;
        const more = issues.length > 1 ? text.moreIssues(issues.length - 1) : '';
        if (first === undefined) return [visibleText(name), ''];
        const where = first.path.length === 0 ? '' : `${formatIssuePath(first.path)}: `;
        return [visibleText(name), `${where}${first.message[lang]} [${first.code}]${more}`];
      }),
    });
  if (summary.flagged.length > 0)
    sections.push({
      title: text.flagged,
      header: [text.file, text.outcome, text.checks, text.findings],
      numeric: [false, false, true, true],
      rows: summary.flagged.map((audit) => [
        visibleText(audit.name),
        text.outcomes[audit.outcome],
        String(audit.checks),
        String(audit.findings),
      ]),
    });
  return sections;
}
