import type { PlatformAdapter, WriteOutcome } from '../detect/adapter';
import type { FormDetection } from '../detect/types';
import { scanOnce } from '../dom/scan-scope';
import type { FillData } from '../messaging/protocol';
import { type FieldKey, SENSITIVE_FIELDS } from '../profile/fields';
import { maskSecrets, maskValue } from '../report/mask';
import type { FilledEntry, FillReport, SkippedEntry, SkipReason } from '../report/types';
import { labelOf, signatureOf } from './label';
import { type PlannedWrite, planFill } from './plan';
import { restore, type Snapshot, sameState, snapshot } from './undo';
import { writeField } from './write';

export interface FillOptions {
  adapters?: readonly PlatformAdapter[];
  /** The person asked to fill again: forms and controls handled before are handled anew. */
  force?: boolean;
  /** The frame's URL; the report keeps it without query or fragment. */
  frameUrl: string;
  /** Which forms to fill (run.ts decides by outcome and mode); default: the support forms. */
  fill?: (detection: FormDetection) => boolean;
  /** Forms left alone are not worth a line in the report (they got an offer instead). */
  quiet?: boolean;
}

/** One pass over the page: what it did, and how to take it back. */
export interface FillSession {
  report: FillReport;
  /** The same report once the page had a frame to react: writes it reverted are moved to `skipped`. */
  settled: Promise<FillReport>;
  /** Restores what this pass wrote (values, selection, checked state), with the events. */
  undo(): void;
  /** The fields this pass wrote, by form root (src/fill/sent.ts reports them when the form is sent). */
  forms: Map<Element, FieldKey[]>;
}

// Per form root: the controls already written or reported, so a watcher's second pass (a wizard's
// step 2, a late field) touches only what is new, and never writes the same control twice.
// A framework may reuse an element for the next step's field: the signature tells them apart.
type State = SkipReason | 'written';
const memory = new WeakMap<Element, WeakMap<Element, { state: State; signature: string }>>();

function seenIn(root: Element) {
  const map = memory.get(root) ?? new WeakMap();
  memory.set(root, map);
  return {
    is: (el: Element, state: State) => {
      const entry = map.get(el);
      return entry?.state === state && entry.signature === signatureOf(el);
    },
    /** Written, or left alone for good (the person's own value, a box we must never touch, …). */
    settled: (el: Element) => {
      const entry = map.get(el);
      return !!entry && !PASSING.has(entry.state) && entry.signature === signatureOf(el);
    },
    set: (el: Element, state: State) => map.set(el, { state, signature: signatureOf(el) }),
  };
}

// States that may change while the page lives: a hidden step shows, a disabled box is enabled.
const PASSING = new Set<State>(['hidden', 'disabled', 'read-only']);

// What an adapter's failed write may report; anything else it says is reported as no matching option.
const ADAPTER_REASONS = new Set<string>([
  'reverted-by-page',
  'no-matching-option',
  'hidden',
  'disabled',
  'read-only',
] satisfies SkipReason[]);

interface Written {
  /** null when the write failed but left something to undo. */
  entry: FilledEntry | null;
  before: Snapshot;
  after: Snapshot;
  adapter?: PlatformAdapter;
}

/**
 * Fills every support form among `detections` (never another), through the platform adapter's
 * writer when it has one. Never submits. Sync, so the content script can report at once.
 */
export function fillForms(
  detections: readonly FormDetection[],
  data: FillData,
  options: FillOptions,
): FillSession {
  const adapters = options.adapters ?? [];
  const filled: FilledEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const written: Written[] = [];
  const forms = new Map<Element, FieldKey[]>();
  const secrets = [...SENSITIVE_FIELDS].map((field) => data.values[field as keyof FillData['values']] ?? '');
  const supportForms = detections.filter(options.fill ?? ((detection) => detection.gate.isSupportForm));
  let formCount = 0;
  let platform: string | null = null;

  for (const detection of supportForms) {
    const seen = seenIn(detection.root);
    const adapter = adapters.find((candidate) => candidate.id === detection.platform);
    // The plan and every name the report gives are read before the first write, in one scan: Chrome's
    // `labels` searches the whole page on each call, the scan indexes the page's <label for> once.
    const { plan, labels } = scanOnce(
      () => {
        const plan = planFill(detection, data, adapters, (el) => !options.force && seen.settled(el));
        const labels = new Map(
          [...plan.skips, ...plan.writes].map(({ control }) => [control, labelOf(control)]),
        );
        return { plan, labels };
      },
      { few: true },
    );
    const before = filled.length + skipped.length;
    const filledBefore = filled.length;
    for (const skip of plan.skips) {
      if (!options.force && seen.is(skip.control.element, skip.reason)) continue;
      seen.set(skip.control.element, skip.reason);
      skipped.push({ field: skip.field, label: labels.get(skip.control)!, reason: skip.reason });
    }
    for (const write of plan.writes) {
      const el = write.control.element;
      const saved = snapshot(el);
      const outcome = writeWith(adapter, write);
      seen.set(el, 'written');
      const label = labels.get(write.control)!;
      if (!outcome.ok) {
        skipped.push({ field: write.field, label, reason: outcome.reason ?? 'reverted-by-page' });
        if (changed(saved)) written.push({ entry: null, before: saved, after: saved, adapter });
        continue;
      }
      const entry = { field: write.field, label, shown: shown(write, outcome.shown, secrets) };
      filled.push(entry);
      written.push({ entry, before: saved, after: snapshot(el), adapter });
    }
    const fields = new Set(filled.slice(filledBefore).map((entry) => entry.field));
    if (fields.size) forms.set(detection.root, [...fields]);
    if (filled.length + skipped.length > before) {
      formCount++;
      platform ??= detection.platform;
    }
  }
  if (!supportForms.length && !options.quiet) reportOtherForms(detections, skipped);

  const report: FillReport = {
    url: options.frameUrl.replace(/[?#].*$/, ''),
    formCount,
    filled,
    skipped,
    platform,
    at: Date.now(),
  };
  const settled = afterAFrame(report, written);
  return {
    report,
    settled,
    forms,
    undo() {
      // A platform widget (Zendesk dropdown, rich-text editor) is put back its own way, or the page's
      // next render would bring our value back.
      for (const { before, adapter } of written.splice(0).reverse()) {
        if (!adapter?.restore?.(before.el, before.value)) restore(before);
      }
    },
  };
}

/** What a write did, as the report says it. */
interface Outcome {
  ok: boolean;
  shown: string;
  reason?: SkipReason;
}

function writeWith(adapter: PlatformAdapter | undefined, write: PlannedWrite): Outcome {
  let outcome: WriteOutcome | undefined;
  try {
    outcome = adapter?.write?.(write.control.element, write.field, write.value, write.wanted);
  } catch {
    // The platform's widget would not take it; the generic writer would post the wrong thing.
    return { ok: false, shown: '', reason: 'no-matching-option' };
  }
  if (!outcome) return writeField(write.control.element, write.value, write.wanted);
  const reason = ADAPTER_REASONS.has(outcome.reason ?? '')
    ? (outcome.reason as SkipReason)
    : 'no-matching-option';
  return { ok: outcome.ok, shown: outcome.shown ?? write.value, reason: outcome.ok ? undefined : reason };
}

// A failed write may still have changed something (a mask that kept half): undo must know it.
const changed = (saved: Snapshot) => !sameState(saved, snapshot(saved.el));

function shown(write: PlannedWrite, text: string, secrets: readonly string[]): string {
  if (write.field === 'subject' || write.field === 'description') {
    const masked = maskSecrets(text, secrets).replace(/\s+/g, ' ').trim();
    return masked.length > 200 ? `${masked.slice(0, 199)}…` : masked;
  }
  return maskValue(write.field, text);
}

/** When the page has no support form, say once why its other forms were left alone. */
function reportOtherForms(detections: readonly FormDetection[], skipped: SkippedEntry[]): void {
  for (const detection of detections) {
    const seen = seenIn(detection.root);
    if (!detection.controls.some((control) => control.field) || seen.is(detection.root, 'not-support-form'))
      continue;
    seen.set(detection.root, 'not-support-form');
    skipped.push({ field: null, label: detection.gate.reason, reason: 'not-support-form' });
  }
}

/**
 * Frameworks may re-render after our events (a microtask later, or on the next frame): a value the
 * page threw away is reported as reverted, not as filled, and left out of undo.
 */
async function afterAFrame(report: FillReport, written: Written[]): Promise<FillReport> {
  const view = written[0]?.after.el.ownerDocument.defaultView;
  if (!view) return report;
  await Promise.resolve();
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    view.requestAnimationFrame?.(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  for (const item of [...written]) {
    const { entry } = item;
    if (!entry || sameState(item.after, snapshot(item.after.el))) continue;
    report.filled.splice(report.filled.indexOf(entry), 1);
    report.skipped.push({ field: entry.field, label: entry.label, reason: 'reverted-by-page' });
    written.splice(written.indexOf(item), 1);
  }
  return report;
}
