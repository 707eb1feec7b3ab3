/**
 * The exit codes: 0 success, 1 an audit inconsistency or a failed case, 2 unusable input, 3 an
 * audit that read too little to check anything (never 0 with 0 checks).
 */
export type Exit = 0 | 1 | 2 | 3;
