import { scanOnce } from '../dom/scan-scope';
import { documentOrder } from '../dom/tree';
import { looksHidden } from '../dom/visibility';
import type { PlatformAdapter } from './adapter';
import { type AssignItem, assignFields } from './assign';
import { blockReason, mentionsEmail, ruledOut, scoreControl } from './classify';
import { type GateControl, gateForm } from './gate';
import { type ControlGroup, groupControls } from './group';
import { pageLanguage, readingLanguages } from './language';
import { type LearnedModel, learnedScores } from './learned';
import { MODEL } from './model';
import { readingIn } from './reading';
import { collectSignals } from './signals';
import type { FieldScore, FillableElement, FormDetection, FormKind } from './types';

export interface DetectOptions {
  /** Support-platform adapters to consult: the entrypoints hand in every registered one. */
  adapters: readonly PlatformAdapter[];
  /** The page belongs to a telecom / eSIM seller (carrier registry): eSIM fields are in context on its support forms. */
  telecom?: boolean;
  /** The learned contact-field model (default: the shipped one; `false`: the vocabulary rules alone). */
  model?: LearnedModel | false;
}

// Forms that carry no request: their free-text boxes are not a request's subject or description.
const NO_MESSAGE: ReadonlySet<FormKind> = new Set([
  'login',
  'signup',
  'password',
  'newsletter',
  'search',
  'checkout',
  'survey',
  'comment',
]);

/** A faulty adapter must not take detection down with it. */
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

function withHint(
  scores: FieldScore[],
  hint: FieldScore | undefined,
  adapter: PlatformAdapter,
): FieldScore[] {
  if (!hint) return scores;
  const tagged = { ...hint, evidence: `platform:${adapter.id} ${hint.evidence}` };
  return [tagged, ...scores.filter((s) => s.field !== hint.field)].sort((a, b) => b.score - a.score);
}

function collect(group: ControlGroup, adapter: PlatformAdapter | undefined): GateControl[] {
  const extra = (adapter && attempt(() => adapter.extraControls?.(group.root))) ?? [];
  const elements: FillableElement[] = [...group.controls];
  const seen = new Set<Element>(elements);
  for (const el of extra) if (!seen.has(el)) elements.push(el);
  if (extra.length) elements.sort(documentOrder);
  return elements.map((element) => {
    const widget = adapter && attempt(() => adapter.widgetFor?.(element));
    const signals = collectSignals(element, group.root, adapter);
    if (widget) signals.hasWidget = true;
    const blocked =
      adapter && attempt(() => adapter.neverTouch?.(element))
        ? `never-touch:${adapter.id}`
        : blockReason(signals);
    const hint = blocked || !adapter ? undefined : attempt(() => adapter.fieldHint?.(element, signals));
    const scores = blocked ? [] : withHint(scoreControl(signals), hint, adapter!);
    return { element, signals, scores, blocked, looksHidden: looksHidden(widget ? widget.visible : element) };
  });
}

/** The model decides the contact fields of each control, except where a platform adapter knows better. */
function withModel(items: GateControl[], model: LearnedModel): GateControl[] {
  const learned = learnedScores(
    model,
    items.map((item) =>
      item.blocked
        ? item
        : { ...item, ruledOut: ruledOut(item.signals), mentionsEmail: mentionsEmail(item.signals) },
    ),
  );
  return items.map((item, i) =>
    item.scores[0]?.evidence.startsWith('platform:') ? item : { ...item, scores: learned[i]! },
  );
}

/**
 * Every form of the document (and form-like container in apps without <form>), with its gate verdict,
 * platform, language and each control's field. Hidden controls are returned too: the fill engine
 * decides what may be written.
 */
export function detectForms(doc: Document, options: DetectOptions): FormDetection[] {
  // One scan: each label, wrapper, radio group, heading and ancestor style is read once for the page.
  return scanOnce(() => detectGroups(doc, groupControls(doc), options));
}

/**
 * The same for some groups of the document only (the likeliest request form, read first). Alone, it
 * reads around those forms instead of indexing the whole page; within detectForms it shares its scan.
 */
export function detectGroups(
  doc: Document,
  groups: readonly ControlGroup[],
  options: DetectOptions,
): FormDetection[] {
  const { adapters } = options;
  return scanOnce(
    () =>
      groups.map((group) =>
        readingIn(readingLanguages(doc, group.root), () => {
          const adapter = adapters.find((a) => attempt(() => a.matchesForm(group.root, doc)));
          const collected = collect(group, adapter);
          const model = options.model ?? MODEL;
          const items = model ? withModel(collected, model) : collected;
          const gate = gateForm(group.root, doc, { controls: items, adapter, telecom: options.telecom });
          const assigned = assignFields(items as AssignItem[], {
            allowEsim: gate.isSupportForm && !!gate.esimContext,
            allowMessage: !NO_MESSAGE.has(gate.kind ?? 'other'),
            supportForm: gate.isSupportForm,
          });
          return {
            root: group.root,
            gate,
            platform: adapter?.id ?? null,
            language: pageLanguage(doc, group.root),
            controls: items.map((item, i) => ({
              element: item.element as FillableElement,
              signals: item.signals,
              ...assigned[i]!,
            })),
          };
        }),
      ),
    { few: true },
  );
}
