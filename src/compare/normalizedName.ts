/**
 * An indicator name as the name matching compares it: full-width forms folded to their
 * half-width ones (`（Ａ１）` → `(A1)`, the ideographic space → a space) by Unicode
 * compatibility normalisation (NFKC), then every white space removed, so that two years that
 * wrote one name with different spacing or punctuation widths match.
 *
 * @param name - the name as an evaluation writes it
 * @returns the name to compare
 *
 * @example
 * normalizedName('“三公” 经费（控制）'); // → "“三公”经费(控制)"
 * @internal
 */
export function normalizedName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}
