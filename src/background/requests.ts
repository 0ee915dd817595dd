// The request log's background side. A frame's engine says "a form I filled was sent"; the log takes
// it only from a frame the background itself started (session storage keeps, per tab and frame, the
// carrier and order number that engine was given), so a page can never forge a request record. Before
// a frame is started, the log is asked whether the same request is still open (one request, not two).
import type { Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { getCarrier } from '../carriers';
import { DUPLICATE_WINDOW_DAYS, openRequestFor } from '../journey/duplicates';
import { loadRequests, pageOf, type RequestRecord, recordRequest } from '../journey/request-log';
import type { FieldKey } from '../profile/fields';
import type { Profile } from '../profile/schema';

type Sender = Browser.runtime.MessageSender;

/** What one frame's engine was started with: whose request its forms send. */
export interface StartedFrame {
  frameId: number;
  /** The origin the engine was approved for. */
  origin: string;
  carrierId: string;
  carrierName: string;
  orderNumber: string;
  /** The document it was started in (Chrome): another page in the same frame is another document. */
  documentId?: string;
  at: number;
}

/**
 * Per tab, the latest starts, newest last. A frame keeps its earlier documents a while: the page a
 * form was sent from may be replaced (by the answer to its POST) before its message is read.
 */
type Started = Record<string, StartedFrame[]>;

/** Session storage: in memory while the browser runs, kept while the service worker sleeps. */
const startedItem = storage.defineItem<Started>('session:startedFrames', { fallback: {} });

/** The most starts remembered per tab (frame ids only grow; the oldest pages are long gone). */
const MAX_FRAMES_PER_TAB = 50;

let queue: Promise<unknown> = Promise.resolve();
function serially<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change, change);
  queue = next.catch(() => undefined);
  return next;
}

type RequestOwner = Pick<Profile, 'carrierId' | 'carrierOtherName' | 'orderNumber'>;

/** The carrier and order a profile's requests are about. */
export function requestOwner(
  profile: RequestOwner,
): Omit<StartedFrame, 'frameId' | 'origin' | 'at' | 'documentId'> {
  const carrierName =
    profile.carrierId === 'other'
      ? profile.carrierOtherName.trim()
      : (getCarrier(profile.carrierId)?.name ?? profile.carrierId);
  return { carrierId: profile.carrierId, carrierName, orderNumber: profile.orderNumber.trim() };
}

/** Notes that the background started (or filled on request) the engine in this frame. */
export function rememberStartedFrame(
  tabId: number,
  frameId: number,
  frame: Omit<StartedFrame, 'frameId' | 'at'>,
): Promise<void> {
  return serially(async () => {
    const all = await startedItem.getValue();
    const earlier = Array.isArray(all[tabId]) ? all[tabId] : [];
    const kept = [...earlier, { ...frame, frameId, at: Date.now() }].slice(-MAX_FRAMES_PER_TAB);
    await startedItem.setValue({ ...all, [tabId]: kept });
  });
}

/** The tab was closed: nothing started there any more. */
export function forgetStartedFrames(tabId: number): Promise<void> {
  return serially(async () => {
    const { [tabId]: _gone, ...rest } = await startedItem.getValue();
    await startedItem.setValue(rest);
  });
}

const originOf = (url: string | undefined): string => {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
};

/**
 * The open request the person sent for this carrier and order (or, with no order number, from this
 * page) within the last 7 days: what the frame's notice names instead of filling a second one.
 */
export async function lastRequestFor(
  owner: Pick<StartedFrame, 'carrierId' | 'orderNumber'>,
  pageUrl: string | undefined,
  now = Date.now(),
  /** The log, when the caller read it already (src/background/fill-inputs.ts). */
  requests?: readonly RequestRecord[],
): Promise<{ sentAt: number; page: string } | undefined> {
  if (!owner.carrierId) return undefined;
  const open = openRequestFor(
    requests ?? (await loadRequests()),
    owner.carrierId,
    owner.orderNumber,
    now,
    DUPLICATE_WINDOW_DAYS,
    pageUrl,
  );
  return open && { sentAt: open.sentAt, page: open.page };
}

/**
 * What the background started the sender's frame with — only when it did start that very frame (tab,
 * frame, origin, document) — else undefined.
 */
export async function startedFrameOf(sender: Sender): Promise<StartedFrame | undefined> {
  const tabId = sender.tab?.id;
  const origin = originOf(sender.url);
  if (tabId === undefined || !origin) return undefined;
  const frameId = sender.frameId ?? 0;
  const starts = (await startedItem.getValue())[tabId];
  return (Array.isArray(starts) ? starts : [])
    .filter(
      (start) =>
        start.frameId === frameId &&
        start.origin === origin &&
        // Without a document id (Firefox) the frame and origin must do.
        (!start.documentId || !sender.documentId || start.documentId === sender.documentId),
    )
    .at(-1);
}

/**
 * A frame says a form it filled was sent: logged with the carrier and order number the background
 * started that frame with — only when it did start that very frame (tab, frame, origin, document).
 */
export async function acceptSent(
  sent: { fields: readonly FieldKey[]; url: string },
  sender: Sender,
): Promise<{ ok: boolean }> {
  const started = await startedFrameOf(sender);
  if (!started) return { ok: false };
  const origin = originOf(sender.url);
  // The browser's word for the page; the frame's own (it may have moved within the page) when on the same origin.
  const page = originOf(sent.url) === origin ? pageOf(sent.url) : pageOf(sender.url!);
  try {
    await recordRequest({
      carrierId: started.carrierId,
      carrierName: started.carrierName,
      orderNumber: started.orderNumber,
      page,
      fields: sent.fields,
    });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
