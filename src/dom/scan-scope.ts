// One pass over a page reads each fact once. Detection asks the same questions about many controls
// (which <label for> name this id, does this wrapper hold another control, which radios share this
// name, what is this ancestor's computed style); answered from the DOM each time, a page of N controls
// costs N × (labels, or controls, or radios) — quadratic. Inside `scanOnce`, each answer is computed
// once for the whole page and looked up after; outside it every helper reads the DOM as before. The
// scan is synchronous and writes nothing, so nothing it caches can go stale while it runs.

type Table = Map<unknown, unknown>;
let tables: Map<object, Table> | undefined;
/** Tables kept by their owners (`remembered`), emptied when the scan ends. */
const owned: Map<unknown, unknown>[] = [];
/** Counts scans, so an owner knows its table belongs to an earlier one. */
let scans = 0;

/** The running scan reads a few forms, not the page: indexes of the whole page would cost more than they save. */
let partial = false;

/**
 * Runs `scan` with one cache for the page (a nested call shares the outer one). With `few`, the scan
 * reads a few forms only: helpers answer from the forms' surroundings instead of indexing the page.
 */
export function scanOnce<T>(scan: () => T, { few = false }: { few?: boolean } = {}): T {
  if (tables) return scan();
  tables = new Map();
  partial = few;
  scans++;
  try {
    return scan();
  } finally {
    tables = undefined;
    partial = false;
    for (const table of owned) table.clear();
    owned.length = 0;
  }
}

/** Whether a scan is running (helpers that would build a page-wide index only do so then). */
export const scanning = (): boolean => tables !== undefined;

/** Whether a scan of the whole page is running: the one time a page-wide index pays for itself. */
export const scanningPage = (): boolean => tables !== undefined && !partial;

/**
 * `compute()` once per `key` during a scan (a fresh answer outside one). `kind` names the question:
 * any object the caller keeps, so two questions about the same key never mix.
 */
export function once<K, V>(kind: object, key: K, compute: () => V): V {
  if (!tables) return compute();
  let table = tables.get(kind) as Map<K, V> | undefined;
  if (!table) {
    table = new Map();
    tables.set(kind, table);
  }
  const known = table.get(key);
  if (known !== undefined || table.has(key)) return known as V;
  const value = compute();
  table.set(key, value);
  return value;
}

/** Something that answers `test(text)`, as a RegExp does. */
export interface Matcher {
  test(text: string): boolean;
}

/**
 * A pattern whose answers are kept for the scan: a label, placeholder or name that many controls
 * share ("City", "Quantity") is matched once. `re` has no g or y flag (its answer is the text's alone).
 */
export function remembered(re: RegExp): Matcher {
  // Its own table, looked up without a closure per call: the pattern is tested for every control.
  const answers = new Map<string, boolean>();
  let scan = 0;
  return {
    test(text: string): boolean {
      if (!tables) return re.test(text);
      if (scan !== scans) {
        scan = scans;
        owned.push(answers);
      }
      const known = answers.get(text);
      if (known !== undefined) return known;
      const answer = re.test(text);
      answers.set(text, answer);
      return answer;
    },
  };
}
