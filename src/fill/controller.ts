import type { FillContextResponse, FillData } from '../messaging/protocol';
import type { FillReport } from '../report/types';

/** One pass of the fill engine over the document (see run.ts). */
export interface FillPass {
  report: FillReport;
  /** The same report once the page has had a frame to react: values it threw away move to skipped. */
  settled?: Promise<FillReport>;
  undo(): void;
}

/** Where the on-demand engine bundle (entrypoints/fill-engine.ts) leaves itself for the content script. */
export const ENGINE_GLOBAL = '__resimFillEngine';

/** The detection + fill engine, loaded only once the background has said this frame may be filled. */
export interface FillEngine {
  fill(doc: Document, data: FillData, options: { force: boolean; frameUrl: string }): FillPass;
  watch(doc: Document, onChange: () => void, signal: AbortSignal): void;
  isChatOnly(doc: Document): boolean;
}

export interface AutofillDeps {
  doc: Document;
  /** Torn down when the content script's context is invalidated (extension reloaded, page left). */
  signal: AbortSignal;
  requestContext(): Promise<FillContextResponse>;
  sendReport(report: FillReport): Promise<void>;
  loadEngine(): Promise<FillEngine>;
}

export interface AutofillController {
  /** Restores every value this frame wrote. */
  undo(): void;
  /** Fills again, including forms already filled once (the person asked). */
  fillAgain(): void;
}

/**
 * Wires policy → fill → report for one frame. The background decides whether this frame may be
 * filled; the page is then watched so forms that render late, or wizard steps, are filled too.
 */
export async function startAutofill(deps: AutofillDeps): Promise<AutofillController | undefined> {
  const context = await deps.requestContext();
  if (deps.signal.aborted || !context.allowed) return undefined;
  const engine = await deps.loadEngine();
  if (deps.signal.aborted) return undefined;

  const approvedOrigin = deps.doc.location?.origin ?? '';
  const passes: FillPass[] = [];
  let chatOnly = false;

  const publish = () => {
    const merged: FillReport = {
      url: deps.doc.location ? `${deps.doc.location.origin}${deps.doc.location.pathname}` : '',
      formCount: passes.reduce((sum, pass) => sum + pass.report.formCount, 0),
      filled: passes.flatMap((pass) => pass.report.filled),
      skipped: passes.flatMap((pass) => pass.report.skipped),
      platform: passes.find((pass) => pass.report.platform)?.report.platform ?? null,
      chatOnly,
      at: Date.now(),
    };
    void deps.sendReport(merged).catch(() => {});
  };

  const runPass = (force: boolean) => {
    if (deps.signal.aborted) return;
    // Re-check just before writing: the frame must still be the origin the background approved.
    if ((deps.doc.location?.origin ?? '') !== approvedOrigin) return;
    const pass = engine.fill(deps.doc, context.data, { force, frameUrl: deps.doc.location?.href ?? '' });
    const changed = pass.report.filled.length > 0 || pass.report.formCount > 0;
    if (changed) {
      passes.push(pass);
      void pass.settled?.then((settledReport) => {
        if (deps.signal.aborted || !passes.includes(pass)) return;
        pass.report = settledReport;
        publish();
      });
    }
    const nowChatOnly = passes.length === 0 && engine.isChatOnly(deps.doc);
    if (changed || nowChatOnly !== chatOnly) {
      chatOnly = nowChatOnly;
      publish();
    }
  };

  // Watching starts first: fields our own first pass reveals (a reason's dependent field) are new to it.
  engine.watch(deps.doc, () => runPass(false), deps.signal);
  runPass(false);

  return {
    undo() {
      for (const pass of passes.splice(0).reverse()) pass.undo();
      publish();
    },
    fillAgain() {
      runPass(true);
    },
  };
}
