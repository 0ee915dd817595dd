// The one full-name rule, used where fill data is made (src/profile/fill-data.ts) and where a name
// is written into a page or a message (src/fill/plan.ts, src/fill/compose.ts).

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The full name as written in its own script: Chinese names family-then-given with no space
 * ("张伟", on every page: that is the name), others "Given Family"; one part alone as it is, else
 * the full name already given.
 */
export function fullNameOf(name: { givenName?: string; familyName?: string; fullName?: string }): string {
  const given = name.givenName?.trim() ?? '';
  const family = name.familyName?.trim() ?? '';
  if (!given || !family) return given || family || name.fullName?.trim() || '';
  return CJK.test(given) && CJK.test(family) ? family + given : `${given} ${family}`;
}
