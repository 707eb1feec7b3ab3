import type { Language } from '../../issues/Language.js';

/** The words of the HTML report, beside the score sheet's column labels. @internal */
export const htmlLabels: Readonly<
  Record<
    Language,
    {
      htmlLang: string;
      levels: readonly string[];
      deeperLevel: (depth: number) => string;
      headline: string;
      outOf: (fullMarks: string) => string;
      ratesTitle: string;
      ratesDescription: string;
      lostTitle: string;
      lostDescription: string;
      nothingLost: string;
      otherLeaves: (count: number) => string;
      notApplicable: string;
      sheet: string;
      explanation: string;
      findings: string;
      scheme: string;
      rescaled: (weight: string, factor: string) => string;
    }
  >
> = {
  zh: {
    htmlLang: 'zh-CN',
    levels: ['一级指标', '二级指标', '三级指标', '四级指标'],
    deeperLevel: (depth) => `${depth}级指标`,
    headline: '总分与等级',
    outOf: (fullMarks) => `满分 ${fullMarks}`,
    ratesTitle: '各一级指标得分率',
    ratesDescription: '每个一级指标的得分率（得分 ÷ 分值）',
    lostTitle: '失分分布',
    lostDescription: '各三级指标失去的分数（分值 − 得分），从多到少',
    nothingLost: '没有失分。',
    otherLeaves: (count) => `其余 ${count} 项`,
    notApplicable: '不适用',
    sheet: '评分表',
    explanation: '计算过程',
    findings: '提示',
    scheme: '评价方案',
    rescaled: (weight, factor) => `不适用指标分值 ${weight}，总分按 ${factor} 折算`,
  },
  en: {
    htmlLang: 'en',
    levels: ['Level 1', 'Level 2', 'Level 3', 'Level 4'],
    deeperLevel: (depth) => `Level ${depth}`,
    headline: 'Total and grade',
    outOf: (fullMarks) => `out of ${fullMarks}`,
    ratesTitle: 'Rate of each top-level category',
    ratesDescription: 'Each top-level category’s rate (score ÷ weight)',
    lostTitle: 'Where points were lost',
    lostDescription: 'Points each leaf lost (weight − score), most first',
    nothingLost: 'No points were lost.',
    otherLeaves: (count) => `${count} others`,
    notApplicable: 'n/a',
    sheet: 'Score sheet',
    explanation: 'How it was scored',
    findings: 'Findings',
    scheme: 'Scheme',
    rescaled: (weight, factor) => `weight not applicable ${weight}, total scaled by ${factor}`,
  },
};
