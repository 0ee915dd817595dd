// Scores the detector's fields against hand-made labels of real-site pages, by the same rules as the
// corpora's scorer (../shared/corpora/README.md, "Shape" and "Score"). One label per control, in
// document order (the inspector's `index`):
//   "email"          in scope: right only if the detector says email ("phone/phoneNational": either)
//   "email!"         a confirmation box: in scope even when email was asked for before on the page
//   "?email"         ambiguous: email or nothing; any other field is a false label
//   "-"              some other control: any field is a false label
//   null             not scored
// A field asked for again later on the page (billing then shipping) may stay empty, but must not get
// another field. Any eSIM field on these pages (none is an eSIM form) is also an eSIM false label.

/**
 * @typedef {string | null} Label
 * @typedef {{ index: number | null, field: string | null, evidence?: string }} Control
 * @typedef {'missed' | 'wrong field' | 'false label'} MissKind
 * @typedef {{ index: number, want: string, got: string | null, kind: MissKind, evidence?: string }} Miss
 * @typedef {{ inScope: number, right: number, negatives: number, falseLabels: number, esimFalse: number }} Counts
 * @typedef {Counts & { misses: Miss[] }} PageScore
 * @typedef {Counts & { pages: number }} Totals
 */

export const ESIM_FIELDS = new Set([
  'deviceModel',
  'orderNumber',
  'activationCode',
  'imei',
  'eid',
  'iccid',
  'carrier',
  'reason',
]);

/**
 * Scores one page: `labels[i]` is the label of the control whose inspector index is `i`.
 * @param {Label[]} labels
 * @param {Control[]} controls
 * @returns {PageScore}
 */
export function scorePage(labels, controls) {
  /** @type {Map<number, Control>} */
  const byIndex = new Map();
  for (const c of controls) if (c.index != null) byIndex.set(c.index, c);
  /** @type {Set<string>} */
  const asked = new Set();
  /** @type {PageScore} */
  const score = { inScope: 0, right: 0, negatives: 0, falseLabels: 0, esimFalse: 0, misses: [] };

  /** @param {number} index @param {string} want @param {string | null} got @param {MissKind} kind */
  const miss = (index, want, got, kind) => {
    if (got !== null) {
      score.falseLabels++;
      if (ESIM_FIELDS.has(got)) score.esimFalse++;
    }
    score.misses.push({ index, want, got, kind, evidence: byIndex.get(index)?.evidence });
  };

  labels.forEach((label, index) => {
    if (label === null) return;
    const got = byIndex.get(index)?.field ?? null;
    if (label === '-' || label.startsWith('?')) {
      score.negatives++;
      const allowed = label === '-' ? [] : label.slice(1).split('/');
      if (got !== null && !allowed.includes(got)) miss(index, label, got, 'false label');
      return;
    }
    const confirmation = label.endsWith('!');
    const alternatives = label.replace(/!$/, '').split('/');
    const askedAgain = !confirmation && asked.has(alternatives[0] ?? '');
    asked.add(alternatives[0] ?? '');
    if (askedAgain) {
      score.negatives++;
      if (got !== null && !alternatives.includes(got)) miss(index, label, got, 'false label');
      return;
    }
    score.inScope++;
    if (got !== null && alternatives.includes(got)) score.right++;
    else miss(index, label, got, got === null ? 'missed' : 'wrong field');
  });
  return score;
}

/**
 * Adds up the scores of many pages.
 * @param {Iterable<PageScore>} scores
 * @returns {Totals}
 */
export function addUp(scores) {
  const total = { inScope: 0, right: 0, negatives: 0, falseLabels: 0, esimFalse: 0, pages: 0 };
  for (const s of scores) {
    total.inScope += s.inScope;
    total.right += s.right;
    total.negatives += s.negatives;
    total.falseLabels += s.falseLabels;
    total.esimFalse += s.esimFalse;
    total.pages++;
  }
  return total;
}

/**
 * A percentage with one decimal (0 when there is nothing to count).
 * @param {number} part
 * @param {number} whole
 */
export const percent = (part, whole) => (whole ? Math.round((1000 * part) / whole) / 10 : 0);

/**
 * The one-line summary: "<name>: accuracy A% (r/n), false labels F of N (x%), eSIM false labels E, pages P".
 * @param {string} name
 * @param {Totals} t
 */
export function summaryLine(name, t) {
  return (
    `${name}: accuracy ${percent(t.right, t.inScope).toFixed(1)}% (${t.right}/${t.inScope}), ` +
    `false labels ${t.falseLabels} of ${t.negatives} (${percent(t.falseLabels, t.negatives).toFixed(1)}%), ` +
    `eSIM false labels ${t.esimFalse}, pages ${t.pages}`
  );
}
