import type { Browser } from 'wxt/browser';
import { decideFrame, mayHelpVerifiedFrame, profileForPage, verifiedCarrierIdOf } from '../carriers/policy';
import type { FillContextResponse } from '../messaging/protocol';
import { toFillData } from '../profile/fill-data';
import { type FillInputs, readFillInputs } from './fill-inputs';
import { callEngine, injectEngine } from './inject';
import { lastRequestFor, rememberStartedFrame, requestOwner } from './requests';

type Sender = Browser.runtime.MessageSender;

/**
 * The carriers of the profiles as last read (the worker keeps it while it runs): a verified page of
 * none of them does not get the engine before the profile is read. Unknown (a worker just woken): every
 * verified page does. Only ever a head start; `decideFrame` decides on what is read now.
 */
let knownCarrierIds: ReadonlySet<string> | undefined;

/** As a worker just woken (tests). */
export const forgetKnownCarriers = (): void => {
  knownCarrierIds = undefined;
};

const rememberCarriers = (inputs: FillInputs) => {
  knownCarrierIds = new Set(inputs.profiles.entries.map((entry) => entry.profile.carrierId));
};

/**
 * A carrier page's content script asks whether its frame may be helped [P1–P4, P8, P9]. The fast path,
 * in order: (1) the registry part of the policy, synchronous: on a verified carrier domain the engine
 * starts loading into the frame at once [P10]; (2) meanwhile one storage read gives the profiles, sites,
 * switches, phone formats and request log; (3) `decideFrame` decides with the profile whose carrier owns
 * the page [P2]; refused, an engine loaded in (1) is never started and stays idle — it writes nothing
 * and never receives data; (4) allowed, the engine (loaded now if it was not) is started with the data,
 * once `pageReady` (the previous page's reports cleared) settles. The answer tells the content script
 * only the outcome, never the data.
 */
export async function answerFillContext(
  frameOrigin: string,
  sender: Sender,
  pageReady: Promise<unknown> = Promise.resolve(),
): Promise<FillContextResponse> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined) return { allowed: false, reason: 'not in a tab' };
  const isTopFrame = frameId === 0;
  const topUrl = isTopFrame ? sender.url : sender.tab?.url;
  const target = { tabId, frameIds: [frameId] };
  const frame = { topUrl, frameUrl: sender.url, isTopFrame, frameOrigin };
  const pageCarrier = verifiedCarrierIdOf(topUrl);
  const headStart =
    mayHelpVerifiedFrame(frame) && (!knownCarrierIds || knownCarrierIds.has(pageCarrier ?? ''))
      ? injectEngine(target)
      : undefined;
  // A refused frame's head start may fail (the frame went away): nobody waits for it then.
  headStart?.catch(() => undefined);

  const inputs = await readFillInputs();
  rememberCarriers(inputs);
  const { entries, selectedId } = inputs.profiles;
  const { sites } = inputs;
  // The profile whose carrier owns the page [P2]; with none, the selected one (which the policy refuses).
  const { profile } =
    profileForPage(entries, { topUrl, sites, selectedId }) ??
    entries.find((entry) => entry.id === selectedId) ??
    entries[0]!;
  const verdict = decideFrame({
    ...frame,
    profileCarrierId: profile.carrierId,
    profileCarrierName: profile.carrierOtherName,
    autofillEnabled: profile.carrierId ? (inputs.autofill[profile.carrierId] ?? true) : false,
    sites,
  });
  if (!verdict.allowed) return verdict;
  // Whose requests this frame's forms send, and whether the same one is still open (one, not two).
  const owner = requestOwner(profile);
  const [lastRequest] = await Promise.all([
    lastRequestFor(owner, sender.url, Date.now(), inputs.requests),
    rememberStartedFrame(tabId, frameId, { ...owner, origin: frameOrigin, documentId: sender.documentId }),
  ]);
  try {
    await (headStart ?? injectEngine(target));
    await pageReady;
    await callEngine(target, 'start', {
      mode: verdict.mode,
      data: toFillData(profile, inputs.phoneFormats),
      origin: frameOrigin,
      telecom: true,
      ...(lastRequest ? { lastRequest } : {}),
    });
  } catch {
    // The frame navigated or closed meanwhile: nothing to do there any more.
    return { allowed: false, reason: 'frame gone' };
  }
  return { allowed: true, mode: verdict.mode };
}
