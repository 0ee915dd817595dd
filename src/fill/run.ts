import type { PlatformAdapter } from '../detect/adapter';
import { detectForms, detectGroups } from '../detect/detect';
import { groupControls } from '../detect/group';
import { likeliestRequestForm } from '../detect/likeliest';
import type { FormDetection, FormKind } from '../detect/types';
import { scanOnce } from '../dom/scan-scope';
import type { FillData } from '../messaging/protocol';
import type { FieldKey } from '../profile/fields';
import { type FillOptions, type FillSession, fillForms } from './fill-forms';
import { labelOf } from './label';
import { planFill } from './plan';

export type { FillOptions, FillSession } from './fill-forms';

/**
 * How the background allowed this frame (docs/fill-policy.md):
 * - `auto`: the profile carrier's verified domain with automatic fill on — replacement forms fill by
 *   themselves [P5], other support and contact forms get an offer [P6];
 * - `offer`: a domain that may only offer (unverified, a site the person added, automatic fill off) [P8, P9];
 * - `request`: the person asked to fill the page [P12].
 */
export type FillMode = 'auto' | 'offer' | 'request';

export interface PageFillOptions extends FillOptions {
  adapters: readonly PlatformAdapter[];
  mode: FillMode;
  /** Fill this form only: the person pressed its offer [P6]. */
  only?: Element;
  /** Read these forms only (a large page whose replacement form filled first); default: every form. */
  roots?: ReadonlySet<Element>;
  /** The page belongs to a telecom (carrier registry or a site the person attached to a carrier). */
  telecom?: boolean;
  /**
   * Runs just before detection, in the same scan: a reader of the same page (the form watcher's first
   * look) then shares what detection reads — each control's visibility — instead of reading it again.
   * Nothing is written between the two.
   */
  beforeDetect?: () => void;
}

export interface PagePass {
  session: FillSession;
  /** Forms that may be filled with one press, not filled now. */
  offers: FormDetection[];
}

/** Even on request these forms get nothing: they ask for a secret or a search, never for our details. [P13] */
const NEVER_ON_REQUEST: ReadonlySet<FormKind> = new Set(['login', 'password', 'search']);

/** The forms this pass writes into, by mode. */
function fillsForm(detection: FormDetection, options: PageFillOptions): boolean {
  if (options.only) return detection.root === options.only;
  if (options.mode === 'auto') return detection.gate.outcome === 'automatic';
  if (options.mode === 'request')
    return (
      !NEVER_ON_REQUEST.has(detection.gate.kind ?? 'other') &&
      detection.controls.some((control) => control.field !== null)
    );
  return false;
}

function offersForm(detection: FormDetection, mode: FillMode): boolean {
  if (mode === 'request') return false;
  const { outcome } = detection.gate;
  return outcome === 'offer' || (mode === 'offer' && outcome === 'automatic');
}

function detect(doc: Document, options: PageFillOptions): FormDetection[] {
  const detectOptions = {
    adapters: options.adapters,
    telecom: options.telecom ?? options.mode !== 'request',
  };
  const { only, roots } = options;
  if (!only && !roots) return detectForms(doc, detectOptions);
  // One form, or the few read so far: read them alone, as the whole page's read would (detectGroups).
  const wanted = groupControls(doc).filter((group) => group.root === only || roots?.has(group.root));
  return detectGroups(doc, wanted, detectOptions);
}

/**
 * One pass over the document: detect the forms, fill those the mode allows, list those to offer.
 * Safe to call again (a watcher's pass): only new controls are touched.
 */
export function fillPage(doc: Document, data: FillData, options: PageFillOptions): PagePass {
  const { beforeDetect } = options;
  const detections = beforeDetect
    ? scanOnce(() => {
        beforeDetect();
        return detect(doc, options);
      })
    : detect(doc, options);
  const offers = options.only
    ? []
    : detections.filter((d) => !fillsForm(d, options) && offersForm(d, options.mode));
  const session = fillForms(detections, data, {
    ...options,
    fill: (detection) => fillsForm(detection, options),
    quiet: offers.length > 0 || options.mode === 'offer',
  });
  return { session, offers };
}

/**
 * On a large page, the likeliest request form alone, filled at once if it is a replacement form the
 * mode fills by itself [P5], with its root; null when there is no such form (the whole page is then
 * read as usual). src/fill/controller.ts reads the page's other forms when the person turns to them.
 */
export function fillLikeliestFirst(
  doc: Document,
  data: FillData,
  options: PageFillOptions,
): { session: FillSession; root: Element } | null {
  if (options.mode !== 'auto' || options.only) return null;
  const group = likeliestRequestForm(doc);
  if (!group) return null;
  const detections = detectGroups(doc, [group], {
    adapters: options.adapters,
    telecom: options.telecom ?? true,
  }).filter((detection) => fillsForm(detection, options));
  if (!detections.length) return null;
  return {
    session: fillForms(detections, data, { ...options, fill: () => true, quiet: true }),
    root: group.root,
  };
}

/** A box that would receive an identifier on request, before the person confirmed it. [P14] */
export interface SensitivePreview {
  label: string;
  fields: FieldKey[];
}

/**
 * Which boxes a request fill would give the identifiers in `present` (activation code, EID, IMEI,
 * ICCID, order number) — directly, or inside the composed message. Writes nothing. [P14]
 */
export function previewSensitive(
  doc: Document,
  data: FillData,
  present: readonly FieldKey[],
  options: Omit<PageFillOptions, 'mode' | 'frameUrl'>,
): SensitivePreview[] {
  const request: PageFillOptions = { ...options, mode: 'request', frameUrl: '' };
  const boxes: SensitivePreview[] = [];
  for (const detection of detect(doc, request)) {
    if (!fillsForm(detection, request)) continue;
    for (const write of planFill(detection, data, options.adapters).writes) {
      // A box of its own, or a composed subject/message that carries the value (the composer adds
      // the EID, IMEI or ICCID to the message when the form has no box for them).
      const composed = write.field === 'description' || write.field === 'subject';
      const fields = present.filter((field) => {
        const value = data.values[field as keyof FillData['values']];
        return write.field === field || (composed && !!value && write.value.includes(value));
      });
      if (fields.length) boxes.push({ label: labelOf(write.control), fields });
    }
  }
  return boxes;
}

/** A chat-only support page (Intercom, WhatsApp): nothing to fill, the popup offers a message instead. */
export const isChatOnly = (doc: Document, adapters: readonly PlatformAdapter[]): boolean =>
  adapters.some((adapter) => adapter.isChatOnly?.(doc) === true);
