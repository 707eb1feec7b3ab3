/**
 * What a leaf stands for, where tools other than the engine need to know (the report writer and
 * the audit): `budget-execution` is scored by the department's budget and executed amounts
 * (部门预算资金支出率 / 预算执行率); `three-public-spending` by “三公” spending against its budget.
 * A scheme declares it on the leaf; nothing recovers it from a name.
 */
export type LeafRole = (typeof leafRoles)[number];

/**
 * Every {@link LeafRole}, for schemas and checks.
 *
 * @example
 * leafRoles; // → ['budget-execution', 'three-public-spending']
 */
export const leafRoles = ['budget-execution', 'three-public-spending'] as const;
