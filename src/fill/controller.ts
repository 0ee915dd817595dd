import type { PlatformAdapter } from '../detect/adapter';
import type { FormDetection } from '../detect/types';
import type { FillData } from '../messaging/protocol';
import type { FieldKey } from '../profile/fields';
import type { FillReport } from '../report/types';
import { readOnFocus } from './read-on-focus';
import {
  type FillMode,
  fillLikeliestFirst,
  fillPage,
  isChatOnly,
  previewSensitive,
  type SensitivePreview,
} from './run';
import { type SentForm, watchSent } from './sent';
import { watchForms } from './watch';

export { ENGINE_GLOBAL } from './engine-global';

/** What the background hands a frame it approved (docs/fill-policy.md P1–P9). */
export interface FrameStart {
  mode: Exclude<FillMode, 'request'>;
  data: FillData;
  /** The origin the background approved: nothing is written once the frame is elsewhere [P3]. */
  origin: string;
  /** The page is a carrier's (registry or a site the person attached to one). */
  telecom: boolean;
  /**
   * A request for the same carrier and order is still open (src/journey/duplicates.ts): replacement
   * forms are not filled by themselves; a notice beside them offers "Fill anyway".
   */
  lastRequest?: { sentAt: number; page: string };
}

/** "Fill this page" [P12–P14]: fill at once, or first list where the identifiers in `preview` would go. */
export interface RequestFill {
  data: FillData;
  origin: string;
  telecom: boolean;
  preview?: readonly FieldKey[];
}

export type RequestResult =
  | { preview: SensitivePreview[] }
  | { report: FillReport }
  | { refused: 'origin changed' };

/** A prompt shown beside a form (src/dom/inpage-prompt.ts), removed once pressed or gone. */
export interface OfferHandle {
  remove(): void;
}

export interface FrameDeps {
  doc: Document;
  adapters: readonly PlatformAdapter[];
  sendReport(report: FillReport): Promise<void>;
  /**
   * Shows the one-press offer beside a form — with `notice`, the "request already sent" notice and its
   * "Fill anyway" — or null when it cannot be shown without covering the page.
   */
  showOffer(
    detection: FormDetection,
    press: () => void,
    dismiss: () => void,
    notice?: { sentAt: number },
  ): OfferHandle | null;
  /** A form this frame filled was sent by the person (the background logs the request). */
  sendSent?(sent: SentForm): Promise<void>;
}

/** The engine as the background drives it in one frame (through scripting.executeScript). */
export interface FrameRuntime {
  start(context: FrameStart): void;
  request(request: RequestFill): RequestResult;
  /** Restores every value this frame wrote. */
  undo(): void;
  /** Fills again, including forms already filled once (the person asked). */
  fillAgain(): void;
  /** Stops watching and takes the offers away (the extension went away). Filled values stay. */
  stop(): void;
}

interface Pass {
  report: FillReport;
  undo(): void;
}

/**
 * Wires detect → fill → offer → report for one frame. Automatic passes run on start and whenever the
 * page shows new controls (late React/Vue forms, wizard steps); offers wait for a trusted press.
 */
export function createFrameRuntime(deps: FrameDeps): FrameRuntime {
  const { doc, adapters } = deps;
  const abort = new AbortController();
  const passes: Pass[] = [];
  const offers = new Map<Element, OfferHandle>();
  const declined = new WeakSet<Element>();
  let context: FrameStart | undefined;
  let started = false;
  let chatOnly = false;
  /** A replacement form was held back because the same request was sent on that day. */
  let heldFor: number | undefined;
  const sent = watchSent(doc, abort.signal, (form) => {
    void deps.sendSent?.(form).catch(() => undefined);
  });

  const here = () => doc.location?.origin ?? '';
  const frameUrl = () => doc.location?.href ?? '';

  const publish = () => {
    for (const [root, offer] of offers) {
      if (!root.isConnected) {
        offer.remove();
        offers.delete(root);
      }
    }
    const merged: FillReport = {
      url: doc.location ? `${doc.location.origin}${doc.location.pathname}` : '',
      formCount: passes.reduce((sum, pass) => sum + pass.report.formCount, 0),
      filled: passes.flatMap((pass) => pass.report.filled),
      skipped: passes.flatMap((pass) => pass.report.skipped),
      platform: passes.find((pass) => pass.report.platform)?.report.platform ?? null,
      chatOnly,
      offered: offers.size,
      at: Date.now(),
      ...(heldFor === undefined ? {} : { duplicateOf: { sentAt: heldFor } }),
    };
    // The extension was reloaded or removed: this frame's engine stops for good.
    deps.sendReport(merged).catch(stop);
  };

  function stop() {
    abort.abort();
    for (const offer of offers.values()) offer.remove();
    offers.clear();
  }

  const keep = (pass: ReturnType<typeof fillPage>['session']) => {
    const kept: Pass = { report: pass.report, undo: () => pass.undo() };
    passes.push(kept);
    for (const [root, fields] of pass.forms) sent.track(root, fields);
    void pass.settled.then((settled) => {
      if (abort.signal.aborted || !passes.includes(kept)) return;
      kept.report = settled;
      publish();
    });
  };

  const offer = (detection: FormDetection) => {
    const { root } = detection;
    if (offers.has(root) || declined.has(root)) return;
    // The same request is open: a replacement form waits for "Fill anyway" rather than filling.
    const last = detection.gate.outcome === 'automatic' ? context?.lastRequest : undefined;
    if (last) heldFor = last.sentAt;
    const handle = deps.showOffer(
      detection,
      () => press(root),
      () => dismiss(root),
      last && { sentAt: last.sentAt },
    );
    if (handle) offers.set(root, handle);
    else declined.add(root);
  };

  /** The person said "not now": the offer stays away for this page, and the badge stops waiting. */
  const dismiss = (root: Element) => {
    offers.delete(root);
    declined.add(root);
    publish();
  };

  /** The person pressed a form's offer: that form only, with everything [P6]. */
  const press = (root: Element) => {
    offers.get(root)?.remove();
    offers.delete(root);
    declined.add(root);
    if (!context || abort.signal.aborted || here() !== context.origin) return;
    const { session } = fillPage(doc, context.data, {
      adapters,
      mode: context.mode,
      only: root,
      telecom: context.telecom,
      frameUrl: frameUrl(),
    });
    keep(session);
    publish();
  };

  /** `roots`: read those forms only (a large page read as the person turns to its forms). */
  const runPass = (force: boolean, beforeDetect?: () => void, roots?: ReadonlySet<Element>) => {
    if (!context || abort.signal.aborted) return;
    // Re-check just before writing: the frame must still be the origin the background approved [P3].
    if (here() !== context.origin) return;
    const pass = fillPage(doc, context.data, {
      adapters,
      // With the same request open, replacement forms are offered (with the notice), not filled.
      mode: force ? 'request' : context.lastRequest ? 'offer' : context.mode,
      force,
      telecom: context.telecom,
      frameUrl: frameUrl(),
      beforeDetect,
      roots,
    });
    const { report } = pass.session;
    const wrote = report.filled.length > 0 || report.formCount > 0 || report.skipped.length > 0;
    if (wrote) keep(pass.session);
    const before = offers.size;
    for (const detection of pass.offers) offer(detection);
    const nowChatOnly =
      passes.every((kept) => kept.report.filled.length === 0) &&
      offers.size === 0 &&
      isChatOnly(doc, adapters);
    if (wrote || offers.size !== before || nowChatOnly !== chatOnly) {
      chatOnly = nowChatOnly;
      publish();
    }
  };

  /** The likeliest request form of a large page, filled on its own; its root when it filled. */
  const fillFirst = (): Element | null => {
    if (!context || abort.signal.aborted || context.lastRequest || context.mode !== 'auto') return null;
    if (here() !== context.origin) return null;
    const first = fillLikeliestFirst(doc, context.data, {
      adapters,
      mode: 'auto',
      telecom: context.telecom,
      frameUrl: frameUrl(),
    });
    const report = first?.session.report;
    if (!first || !report || (report.filled.length === 0 && report.skipped.length === 0)) return null;
    keep(first.session);
    publish();
    return first.root;
  };

  /** Once a large page's replacement form filled first: other forms on focus; watched, the forms read. */
  const readAsNeeded = (first: Element) => {
    const read = new Set<Element>([first]);
    const passOverRead = () => runPass(false, undefined, read);
    watchForms(doc, passOverRead, abort.signal, { within: () => read });
    readOnFocus(
      doc,
      read,
      (root) => {
        read.add(root);
        passOverRead();
      },
      abort.signal,
    );
  };

  return {
    start(next) {
      context = next;
      if (started) return;
      started = true;
      // Watching starts first: fields our own first pass reveals (a reason's dependent field) are new to
      // it. Its first look shares the first pass's detection scan (each control's visibility read once).
      let watching = false;
      const watch = () => {
        watching = true;
        watchForms(doc, () => runPass(false), abort.signal);
      };
      const fullPass = () => {
        runPass(false, watch);
        if (!watching && !abort.signal.aborted) watch();
      };
      // On a large page the replacement form fills first, and the rest is read as the person needs it.
      const first = fillFirst();
      if (first) readAsNeeded(first);
      else fullPass();
    },
    request(request) {
      if (here() !== request.origin) return { refused: 'origin changed' };
      const options = { adapters, telecom: request.telecom };
      if (request.preview) return { preview: previewSensitive(doc, request.data, request.preview, options) };
      const pass = fillPage(doc, request.data, { ...options, mode: 'request', frameUrl: frameUrl() });
      // "Fill again" from the popup repeats what the person asked for.
      context ??= { mode: 'offer', data: request.data, origin: request.origin, telecom: request.telecom };
      keep(pass.session);
      for (const root of [...offers.keys()]) {
        offers.get(root)?.remove();
        offers.delete(root);
      }
      publish();
      return { report: pass.session.report };
    },
    undo() {
      for (const pass of passes.splice(0).reverse()) pass.undo();
      sent.clear();
      publish();
    },
    fillAgain() {
      runPass(true);
    },
    stop,
  };
}
