import type { JsonValue } from '../evaluation/Evaluation.js';
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
 * A leaf result's input echo and trace, held in private fields of the result until each is first
 * read, then kept. A WeakMap from results to their parts would do the same, but its entries are
 * ephemerons that cost the collector more than the whole evaluation; private fields are slots.
 */
class PendingParts extends Stamped {
  #buildInput: (() => JsonValue) | undefined;
  #input: JsonValue | undefined;
  #buildTrace: (() => readonly TraceStep[]) | undefined;
  #trace: readonly TraceStep[] | undefined;

  constructor(target: object, input: () => JsonValue, trace: () => readonly TraceStep[]) {
    super(target);
    this.#buildInput = input;
    this.#buildTrace = trace;
  }

  /** The input echo of a result that holds one: built on the first read, the same after. */
  static input(target: object): JsonValue {
    if (!(#input in target)) throw new TypeError('not a leaf result with a pending input');
    if (target.#buildInput !== undefined) {
      target.#input = target.#buildInput();
      // The builder holds what the echo shows; once built, that is the echo's own.
      target.#buildInput = undefined;
    }
    // A built echo is never undefined: it is an object.
    return target.#input ?? null;
  }

  /** The trace of a result that holds one: built on the first read, the same array after. */
  static trace(target: object): readonly TraceStep[] {
    if (!(#trace in target)) throw new TypeError('not a leaf result with a pending trace');
    if (target.#buildTrace !== undefined) {
      target.#trace = target.#buildTrace();
      // The builder holds the decimals the trace shows; once built, they are the trace's own.
      target.#buildTrace = undefined;
    }
    return target.#trace ?? [];
  }
}

// One getter per property for every result, so that results of one shape share a hidden class.
// (Object.defineProperties with both, measured, is slower than two calls.)
const inputProperty: PropertyDescriptor = {
  get(this: object): JsonValue {
    return PendingParts.input(this);
  },
  enumerable: true,
  configurable: false,
};
const traceProperty: PropertyDescriptor = {
  get(this: object): readonly TraceStep[] {
    return PendingParts.trace(this);
  },
  enumerable: true,
  configurable: false,
};

/**
 * Gives a result, not yet frozen, its `input` and `trace` as own enumerable properties, in that
 * order, whose values are built when first read and are the same at every read after:
 * `JSON.stringify`, `Object.keys`, spreading and structured cloning see plain properties in their
 * places; a frozen result refuses an assignment to them (strict mode throws), as to any other.
 *
 * @param result - the result object, before it is frozen, its earlier properties already set
 * @param input - builds the deep-frozen input echo; called at most once
 * @param trace - builds the deep-frozen trace; called at most once
 *
 * @example
 * attachPendingParts(result, () => inputToJson(input), () => freezeTrace(outcome.trace()));
 * Object.freeze(result);
 * result.trace; // built now, the same array at every read after
 *
 * @internal
 */
export function attachPendingParts(
  result: object,
  input: () => JsonValue,
  trace: () => readonly TraceStep[],
): void {
  new PendingParts(result, input, trace);
  Object.defineProperty(result, 'input', inputProperty);
  Object.defineProperty(result, 'trace', traceProperty);
}
