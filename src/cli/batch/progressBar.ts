import type { Language } from '../../issues/Language.js';
import type { CliEnvironment } from '../CliEnvironment.js';

/** A batch's progress on standard error: redrawn in place, then left as one closing line. */
export interface ProgressBar {
  /** Shows that `done` of the documents are done (redrawn at most every 100 ms). */
  readonly update: (done: number) => void;
  /** Clears the bar before other lines are written to standard error. */
  readonly clear: () => void;
  /** Replaces the bar with its final line. */
  readonly finish: (done: number) => void;
}

/** How often the bar is redrawn, in milliseconds. */
const redrawEvery = 100;
/** How many cells the bar has. */
const cells = 20;

/** A duration in whole seconds, as minutes and seconds past a minute. */
function duration(seconds: number, lang: Language): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (lang === 'zh') return minutes > 0 ? `${minutes} 分 ${rest} 秒` : `${rest} 秒`;
  return minutes > 0 ? `${minutes}m ${rest}s` : `${rest}s`;
}

/** The bar's line: cells filled, counts, documents per second and the time left. */
export function progressLine(
  done: number,
  total: number,
  elapsedMs: number,
  lang: Language,
): string {
  const filled = total === 0 ? cells : Math.floor((done / total) * cells);
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(cells - filled)}]`;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? (total - done) / rate : undefined;
  const rateText = rate > 0 ? String(Math.round(rate)) : '–';
  if (lang === 'zh')
    return `${bar} ${done}/${total} · ${rateText} 份/秒${left === undefined ? '' : ` · 剩余 ${duration(left, lang)}`}`;
  return `${bar} ${done}/${total} · ${rateText}/s${left === undefined ? '' : ` · ETA ${duration(left, lang)}`}`;
}

/**
 * The progress bar of a batch of `total` documents, on standard error when it is a terminal and
 * `--quiet` was not given; otherwise one that writes nothing.
 *
 * @param environment - standard error, whether it is a terminal, the clock
 * @param total - how many documents the batch has
 * @param lang - the language of the line
 * @param quiet - `--quiet`
 * @returns the bar
 *
 * @example
 * progressLine(120, 1000, 1000, 'en'); // → '[██░░░░░░░░░░░░░░░░░░] 120/1000 · 120/s · ETA 8s'
 */
export function progressBar(
  environment: CliEnvironment,
  total: number,
  lang: Language,
  quiet: boolean,
): ProgressBar {
  const { now } = environment;
  if (quiet || environment.stderrIsTerminal !== true || now === undefined)
    return { update: () => undefined, clear: () => undefined, finish: () => undefined };
  const start = now();
  let drawn = false;
  let last = Number.NEGATIVE_INFINITY;
  const draw = (done: number): void => {
    environment.stderr(`\r${progressLine(done, total, now() - start, lang)}\u001b[K`);
    drawn = true;
  };
  return {
    update: (done) => {
      const time = now();
      if (time - last < redrawEvery) return;
      last = time;
      draw(done);
    },
    clear: () => {
      if (drawn) environment.stderr('\r\u001b[K');
      drawn = false;
      last = Number.NEGATIVE_INFINITY;
    },
    finish: (done) => {
      draw(done);
      environment.stderr('\n');
    },
  };
}
