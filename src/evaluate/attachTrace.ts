import type { TraceStep } from '../rules/TraceStep.js';

/**
 * Hands back from `new` the object it is given, so that a subclass's private fields are stamped
 * onto that object: the object stays a plain one (its prototype Object.prototype, as the
 * evaluation's JSON form and isDeepFrozen expect), and freezing it leaves private fields writable.
 */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a stamp's base has no members
class Stamped {
  constructor(target: object) {
    return target;
  }
}

/**
 * A leaf result's trace, held in private fields of the result until it is first read, then kept.
 * A WeakMap from results to their traces would do the same, but its entries are ephemerons that
 * cost the collector more than the whole evaluation; private fields are ordinary slots.
 */
class PendingTrace extends Stamped {
  #build: (() => readonly TraceStep[]) | undefined;
  #trace: readonly TraceStep[] | undefined;

  constructor(target: object, build: () => readonly TraceStep[]) {
    super(target);
    this.#build = build;
  }

  /** The trace of a result that holds one: built on the first read, the same array after. */
  static read(target: object): readonly TraceStep[] {
    if (!(#trace in target)) throw new TypeError('not a leaf result with a trace');
    if (target.#trace === undefined) {
      const build = target.#build;
      if (build === undefined) throw new Error('unreachable: a pending trace has its builder');
      target.#trace = build();
      // The builder holds the decimals the trace shows; once built, they are the trace's own.
      target.#build = undefined;
    }
    return target.#trace;
  }
}

// One getter for every result, so that results of one shape share one hidden class.
const traceProperty: PropertyDescriptor = {
  get(this: object): readonly TraceStep[] {
    return PendingTrace.read(this);
  },
  enumerable: true,
  configurable: false,
};

/**
 * Gives a result, not yet frozen, its `trace` as an own enumerable property whose value is
 * built by `build` when first read, and the same value at every read after: `JSON.stringify`,
 * `Object.keys`, spreading and structured cloning see a plain property; a frozen result refuses an
 * assignment to it (strict mode throws), as it does to any other.
 *
 * @param result - the result object, before it is frozen, its earlier properties already set
 * @param build - builds the deep-frozen trace; called at most once
 *
 * @example
 * attachTrace(result, () => freezeTrace(outcome.trace()));
 * Object.freeze(result);
 * result.trace; // built now, the same array at every read after
 *
 * @internal
 */
export function attachTrace(result: object, build: () => readonly TraceStep[]): void {
  new PendingTrace(result, build);
  Object.defineProperty(result, 'trace', traceProperty);
}
