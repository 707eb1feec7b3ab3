/** What every rule has: a `kind` that names its evaluator. Custom rule kinds extend this. */
export interface RuleBase {
  readonly kind: string;
}
