import { type LearnedModel, withRows } from './learned';

// The learned model as it ships (src/detect/model.ts): feature names grouped by their prefix, and the
// weights as one base64 string of bytes — per feature, a byte whose bits name the classes that have
// a weight, then each of those weights as a signed byte times `scale`. About 3.5 KB gzip where the
// same model written as JSON takes 5.3 KB; decoded once when the engine starts.

export interface PackedModel {
  bias: readonly number[];
  /** One line per prefix (`l:`, `i:`, `type=`, ''): the prefix, a tab, the rest of each name, space-separated. */
  features: string;
  /** base64: per feature in `features` order, a class bit mask, then one signed byte per class set. */
  weights: string;
  /** A weight is its signed byte times this. */
  scale: number;
}

const prefixOf = (feature: string) => /^[^:=]*[:=]/.exec(feature)?.[0] ?? '';

/** scripts/learn/train.mjs writes the model it learned with this. */
export function packModel(model: LearnedModel): PackedModel {
  const rows = Object.entries(model.weights).map(([feature, packed]) => ({
    feature,
    cells: packed.split(' ').map((cell) => cell.split(':').map(Number) as [number, number]),
  }));
  const largest = Math.max(...rows.flatMap((row) => row.cells.map(([, w]) => Math.abs(w))));
  const scale = Math.round((largest / 127) * 1e6) / 1e6;
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const prefix = prefixOf(row.feature);
    groups.set(prefix, [...(groups.get(prefix) ?? []), row]);
  }
  const bytes: number[] = [];
  const lines: string[] = [];
  for (const [prefix, group] of groups) {
    lines.push(`${prefix}\t${group.map((row) => row.feature.slice(prefix.length)).join(' ')}`);
    for (const { cells } of group) {
      bytes.push(cells.reduce((mask, [c]) => mask | (1 << c), 0));
      // In class order, as the mask lists them.
      for (const [, w] of [...cells].sort((a, b) => a[0] - b[0])) bytes.push(Math.round(w / scale) & 255);
    }
  }
  const binary = String.fromCharCode(...bytes);
  return { bias: model.bias, features: lines.join('\n'), weights: btoa(binary), scale };
}

/**
 * The model the engine uses, from its shipped form: decoded straight into the rows `predict` reads
 * (the engine starts on every carrier page); the "c:w" text form is written only when asked for.
 */
export function unpackModel(packed: PackedModel): LearnedModel {
  const bytes = atob(packed.weights);
  const rows = new Map<string, [number, number][]>();
  let at = 0;
  for (const line of packed.features.split('\n')) {
    const [prefix = '', names = ''] = line.split('\t');
    for (const name of names.split(' ')) {
      const mask = bytes.charCodeAt(at++);
      const cells: [number, number][] = [];
      for (let c = 0; c < 8; c++) {
        if (!(mask & (1 << c))) continue;
        const byte = bytes.charCodeAt(at++);
        cells.push([c, Math.round((byte > 127 ? byte - 256 : byte) * packed.scale * 1e4) / 1e4]);
      }
      rows.set(prefix + name, cells);
    }
  }
  let weights: Record<string, string> | undefined;
  const model: LearnedModel = {
    bias: packed.bias,
    get weights() {
      weights ??= Object.fromEntries(
        [...rows].map(([feature, cells]) => [feature, cells.map(([c, w]) => `${c}:${w}`).join(' ')]),
      );
      return weights;
    },
  };
  return withRows(model, rows);
}
