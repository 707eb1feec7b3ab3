import type { Language } from '../issues/Language.js';

/** Column and summary labels of rendered score sheets. @internal */
export const sheetLabels: Readonly<
  Record<
    Language,
    {
      indicator: string;
      weight: string;
      score: string;
      rate: string;
      note: string;
      total: string;
      grade: string;
      level: string;
      id: string;
      colon: string;
    }
  >
> = {
  zh: {
    indicator: '指标',
    weight: '分值',
    score: '得分',
    rate: '得分率',
    note: '说明',
    total: '总分',
    grade: '等级',
    level: '层级',
    id: '指标编号',
    colon: '：',
  },
  en: {
    indicator: 'Indicator',
    weight: 'Weight',
    score: 'Score',
    rate: 'Rate',
    note: 'Note',
    total: 'Total',
    grade: 'Grade',
    level: 'Level',
    id: 'Id',
    colon: ': ',
  },
};
