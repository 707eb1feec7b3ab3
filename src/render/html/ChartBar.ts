import type { Dec } from '../../decimal/JixiaoDecimal.js';

/** One bar of a {@link barChartSvg} chart. */
export interface ChartBar {
  /** What the bar stands for, in full (cut to fit in the drawing, whole in its tooltip). */
  readonly label: string;
  /** The value as the page writes it (`99.92%`, `−5`), shown at the end of the label's line. */
  readonly value: string;
  /** The bar's length as a part of the whole width, from 0 to 1. */
  readonly fraction: Dec;
  /** A span drawn across the bar (lowest to highest of a distribution), as parts of the width. */
  readonly range?: { readonly from: Dec; readonly to: Dec };
}

/** A chart of bars: its title and description (the text alternative) and its bars. */
export interface BarChart {
  /** Unique in the page: the element ids of the title and description start with it. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The bar colour: `score` for what was earned, `lost` for what was not. */
  readonly tone: 'score' | 'lost';
  readonly bars: readonly ChartBar[];
}
