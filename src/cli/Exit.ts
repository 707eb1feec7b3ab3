/** The exit codes: 0 success, 1 an audit inconsistency or a failed case, 2 unusable input. */
export type Exit = 0 | 1 | 2;
