import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { decideRequest, profileForRequest } from '../carriers/policy';
import type { PageFillResponse, PendingFill } from '../messaging/protocol';
import { identifiersIn, toFillData, withoutIdentifiers, withStandIns } from '../profile/fill-data';
import { isEmptyProfile, profileTitle } from '../profile/profile-shape';
import type { FillProfileEntry } from '../profile/read-profiles';
import { readFillInputs } from './fill-inputs';
import { callEngine, injectEngine, type Target } from './inject';
import { rememberStartedFrame, requestOwner } from './requests';

// "Fill this page" [P12–P14]: from the popup, the keyboard shortcut or the context menu, through
// activeTab + scripting, in the tab's top frame and its same-origin frames. The person's press is
// the consent for the page; identifiers on a page that is not their carrier's need a second yes.

/**
 * A question the shortcut or the menu could not ask (only the popup lists boxes and profiles): the
 * boxes that would receive identifiers, or the profiles to choose from.
 */
const pendingItem = storage.defineItem<Record<string, PendingFill>>('session:pendingConfirm', {
  fallback: {},
});

export async function pendingConfirmation(tabId: number): Promise<PendingFill | null> {
  return (await pendingItem.getValue())[tabId] ?? null;
}

async function setPending(tabId: number, question: PendingFill | null): Promise<void> {
  const all = { ...(await pendingItem.getValue()) };
  if (question) all[tabId] = question;
  else delete all[tabId];
  await pendingItem.setValue(all);
}

/** The tab's address as the browser reports it (activeTab lets us read it after the person's press). */
async function tabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url;
}

export type Identifiers = 'ask' | 'include' | 'leave-out';

/**
 * Fills the tab with one profile: `profileId` when the person chose one, else the profile whose carrier
 * owns the page, or the only one worth filling with; when more than one could apply, the answer asks
 * which (`choose-profile`) and the page is not touched.
 */
export async function fillOnRequest(
  tabId: number,
  identifiers: Identifiers,
  profileId?: string,
): Promise<PageFillResponse> {
  const [inputs, topUrl] = await Promise.all([readFillInputs(), tabUrl(tabId)]);
  const { entries, selectedId } = inputs.profiles;
  const { sites } = inputs;
  // The page first: http or an unknown address is refused whichever the profile [P12].
  const page = decideRequest({ profileCarrierId: '', sites, topUrl });
  if (!page.allowed) return { status: 'refused', reason: page.reason };
  let entry: FillProfileEntry;
  if (profileId !== undefined) {
    const chosen = entries.find((candidate) => candidate.id === profileId);
    if (!chosen) return { status: 'refused', reason: 'profile not found' };
    entry = chosen;
  } else {
    const selected = entries.find((candidate) => candidate.id === selectedId) ?? entries[0]!;
    const worth = entries.filter((candidate) => !isEmptyProfile(candidate.profile));
    const pick = worth.length ? profileForRequest(worth, { topUrl, sites, selectedId }) : { entry: selected };
    if ('choose' in pick) {
      const question: PendingFill = {
        status: 'choose-profile',
        profiles: pick.choose.map((candidate) => ({ id: candidate.id, label: profileTitle(candidate) })),
      };
      await setPending(tabId, question);
      return question;
    }
    entry = pick.entry;
  }
  const { profile } = entry;
  const verdict = decideRequest({
    profileCarrierId: profile.carrierId,
    profileCarrierName: profile.carrierOtherName,
    sites,
    topUrl,
  });
  if (!verdict.allowed) return { status: 'refused', reason: verdict.reason };
  const origin = new URL(topUrl!).origin;
  const data = toFillData(profile, inputs.phoneFormats);
  const target: Target = { tabId, allFrames: true };
  try {
    await injectEngine(target);
  } catch {
    return { status: 'refused', reason: 'page cannot be reached' };
  }
  const present = identifiersIn(data);
  if (!verdict.trusted && identifiers === 'ask' && present.length) {
    // Stand-ins of the same shape find the boxes; the real values stay out of the page until yes.
    const previews = await callEngine(
      target,
      'request',
      { data: withStandIns(data), origin, telecom: verdict.telecom, preview: present },
      true,
    );
    const boxes = previews.flatMap(({ result }) => (result && 'preview' in result ? result.preview : []));
    if (boxes.length) {
      const question: PendingFill = { status: 'confirm', boxes, profileId: entry.id };
      await setPending(tabId, question);
      return question;
    }
  }
  await setPending(tabId, null);
  const given = verdict.trusted || identifiers === 'include' ? data : withoutIdentifiers(data);
  const results = await callEngine(
    target,
    'request',
    { data: given, origin, telecom: verdict.telecom },
    true,
  );
  const reports = results.flatMap(({ result }) => (result && 'report' in result ? [result.report] : []));
  // The forms filled here may be sent: the request log takes them from these frames (requests.ts).
  for (const { frameId, result } of results)
    if (result && 'report' in result)
      await rememberStartedFrame(tabId, frameId, { ...requestOwner(profile), origin });
  return {
    status: 'filled',
    filled: reports.reduce((sum, report) => sum + report.filled.length, 0),
    skipped: reports.reduce((sum, report) => sum + report.skipped.length, 0),
  };
}

/** Undo or fill again in every frame of the tab where the engine runs. */
export async function actOnTab(tabId: number, action: 'undo' | 'fillAgain'): Promise<{ ok: boolean }> {
  try {
    await callEngine({ tabId, allFrames: true }, action, undefined);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
