import { type Browser, browser } from 'wxt/browser';
import { decideAutofill } from '../carriers/policy';
import { toFillData } from '../profile/fill-data';
import { isAutofillEnabled, loadProfile } from '../profile/storage';
import { filledCount, forgetTab, recordReport, reportsForTab } from '../report/tab-reports';
import type { FillReport } from '../report/types';
import type { BackgroundResponses, FillContextResponse } from './protocol';
import { backgroundRequestSchema } from './schemas';

type Sender = Browser.runtime.MessageSender;

/** Only our own extension pages and content scripts may talk to the background. */
const fromThisExtension = (sender: Sender) => sender.id === browser.runtime.id;

/**
 * The popup, or one of our pages opened in a tab (as the e2e rig opens popup.html). A content script
 * always has a tab and its page's URL, which can never be under our chrome-extension:// origin.
 */
const fromExtensionPage = (sender: Sender) =>
  !sender.tab || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));

export async function handleBackgroundMessage(
  message: unknown,
  sender: Sender,
): Promise<BackgroundResponses[keyof BackgroundResponses] | undefined> {
  if (!fromThisExtension(sender)) return undefined;
  const parsed = backgroundRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'fill:context':
      return answerFillContext(request.frameOrigin, request.pageStartedAt, sender);
    case 'fill:report':
      return acceptReport(request.report, sender);
    case 'tab:reports':
      // Only extension pages (the popup) may read reports, never a content script.
      return fromExtensionPage(sender) ? reportsForTab(request.tabId) : undefined;
  }
}

async function answerFillContext(
  frameOrigin: string,
  pageStartedAt: number,
  sender: Sender,
): Promise<FillContextResponse> {
  const tabId = sender.tab?.id;
  const isTopFrame = sender.frameId === 0;
  if (tabId !== undefined && isTopFrame) {
    await showBadge(tabId, filledCount(await forgetTab(tabId, pageStartedAt)));
  }
  const { profile } = await loadProfile();
  const verdict = decideAutofill({
    profileCarrierId: profile.carrierId,
    autofillEnabled: profile.carrierId ? await isAutofillEnabled(profile.carrierId) : false,
    topUrl: isTopFrame ? sender.url : sender.tab?.url,
    frameUrl: sender.url,
    isTopFrame,
    frameOrigin,
  });
  if (!verdict.allowed) return verdict;
  return { allowed: true, carrierId: verdict.carrier.id, data: toFillData(profile) };
}

async function acceptReport(report: FillReport, sender: Sender): Promise<{ ok: true }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: true };
  const reports = await recordReport(tabId, sender.frameId ?? 0, report);
  await showBadge(tabId, filledCount(reports));
  return { ok: true };
}

async function showBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6e4f' });
}
