import type { Browser } from 'wxt/browser';
import { decideFrame, profileForPage } from '../carriers/policy';
import { loadSites } from '../carriers/sites';
import type { FillContextResponse } from '../messaging/protocol';
import { toFillData } from '../profile/fill-data';
import { isAutofillEnabled, loadProfiles } from '../profile/storage';
import { callEngine, injectEngine } from './inject';
import { lastRequestFor, rememberStartedFrame, requestOwner } from './requests';

type Sender = Browser.runtime.MessageSender;

/**
 * A carrier page's content script asks whether its frame may be helped [P1–P4, P8, P9]. When it may,
 * the engine is injected into that frame and started with the profile's data; the answer tells the
 * content script only the outcome, never the data.
 */
export async function answerFillContext(frameOrigin: string, sender: Sender): Promise<FillContextResponse> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined) return { allowed: false, reason: 'not in a tab' };
  const isTopFrame = frameId === 0;
  const [{ entries, selectedId }, sites] = await Promise.all([loadProfiles(), loadSites()]);
  const topUrl = isTopFrame ? sender.url : sender.tab?.url;
  // The profile whose carrier owns the page [P2]; with none, the selected one (which the policy refuses).
  const { profile } =
    profileForPage(entries, { topUrl, sites, selectedId }) ??
    entries.find((entry) => entry.id === selectedId) ??
    entries[0]!;
  const verdict = decideFrame({
    profileCarrierId: profile.carrierId,
    profileCarrierName: profile.carrierOtherName,
    autofillEnabled: profile.carrierId ? await isAutofillEnabled(profile.carrierId) : false,
    sites,
    topUrl,
    frameUrl: sender.url,
    isTopFrame,
    frameOrigin,
  });
  if (!verdict.allowed) return verdict;
  const target = { tabId, frameIds: [frameId] };
  // Whose requests this frame's forms send, and whether the same one is still open (one, not two).
  const owner = requestOwner(profile);
  const lastRequest = await lastRequestFor(owner, sender.url);
  await rememberStartedFrame(tabId, frameId, {
    ...owner,
    origin: frameOrigin,
    documentId: sender.documentId,
  });
  try {
    await injectEngine(target);
    await callEngine(target, 'start', {
      mode: verdict.mode,
      data: toFillData(profile),
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
