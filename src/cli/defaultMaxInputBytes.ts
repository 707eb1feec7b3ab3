/**
 * The largest file (or standard input) the CLI reads: 64 MiB. Real data files and report texts
 * are a few hundred kilobytes; the cap keeps `jixiao score /dev/zero`-like mistakes and huge
 * files from exhausting memory.
 */
export const defaultMaxInputBytes = 64 * 1024 * 1024;
