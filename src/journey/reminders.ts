// Follow-up, opt-in per request: when the date an answer was due passes and the request is still
// open, one browser notification names the carrier and its verified channels (an unverified one is
// never shown as the carrier's). Alarms are kept in step with the request log: storage is the truth,
// and they are made again at every start of the background.
import { browser } from 'wxt/browser';
import { getCarrier } from '../carriers';
import type { ContactChannel } from '../carriers/types';
import { loadRequests, markReminded, onRequestsChanged, type RequestRecord } from './request-log';

export const REMINDER_PREFIX = 'resim-followup:';

export const reminderName = (id: string) => `${REMINDER_PREFIX}${id}`;

const idOf = (name: string): string | null =>
  name.startsWith(REMINDER_PREFIX) ? name.slice(REMINDER_PREFIX.length) : null;

/** A reminder is due for this request (once, while it is open and the person asked for it). */
const wantsReminder = (request: RequestRecord) =>
  request.status === 'open' && request.remind === true && request.remindedAt === undefined;

type GetMessage = (name: string, substitutions?: string | string[]) => string;
const message = (name: string, substitutions?: string[]) =>
  (browser.i18n.getMessage as unknown as GetMessage)(name, substitutions) || '';

function formatDate(at: number): string {
  const locale = message('lang_tag') || 'en';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
  } catch {
    return new Date(at).toDateString();
  }
}

/** The carrier's channels a person may trust: verified ones only. */
export function verifiedChannels(carrierId: string): ContactChannel[] {
  return (getCarrier(carrierId)?.contacts ?? []).filter((channel) => channel.verified);
}

/** The carrier's verified support page (https), opened when the person clicks the notification. */
export function supportPage(carrierId: string): string | undefined {
  return verifiedChannels(carrierId).find(
    (channel) => channel.kind === 'webForm' && /^https:\/\//.test(channel.value),
  )?.value;
}

/** The notification's words: the carrier, the dates, and where to ask. */
export function reminderText(request: RequestRecord): { title: string; message: string } {
  const name = request.carrierName || getCarrier(request.carrierId)?.name || request.carrierId;
  const channels = verifiedChannels(request.carrierId).map(
    (channel) =>
      message(`reminder_channel_${channel.kind}`, [channel.value]) || `${channel.kind}: ${channel.value}`,
  );
  const lines = [
    message('reminder_message', [formatDate(request.sentAt), formatDate(request.expectBy)]),
    channels.length ? message('reminder_channels', [channels.join(' · ')]) : message('reminder_no_channel'),
  ];
  return { title: message('reminder_title', [name]), message: lines.filter(Boolean).join('\n') };
}

/** Keeps one alarm per request that wants a reminder, at its due date, and none for the others. */
export async function syncReminders(requests?: readonly RequestRecord[]): Promise<void> {
  const list = requests ?? (await loadRequests());
  const wanted = new Map(list.filter(wantsReminder).map((request) => [reminderName(request.id), request]));
  const alarms = await browser.alarms.getAll();
  const existing = new Map(alarms.map((alarm) => [alarm.name, alarm]));
  for (const alarm of alarms) {
    if (idOf(alarm.name) !== null && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const [name, request] of wanted) {
    // A date already past fires as soon as the browser allows (the person switched it on late).
    if (existing.get(name)?.scheduledTime === request.expectBy) continue;
    await browser.alarms.create(name, { when: request.expectBy });
  }
}

/** The alarm of one request rang: notify once, if it still wants it. */
export async function handleAlarm(alarm: { name: string }): Promise<void> {
  const id = idOf(alarm.name);
  if (id === null) return;
  const request = (await loadRequests()).find((candidate) => candidate.id === id);
  if (!request || !wantsReminder(request)) return;
  const text = reminderText(request);
  await browser.notifications.create(reminderName(id), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
  });
  await markReminded(id);
}

/** A click on the notification opens the carrier's verified support page, if it has one. */
export async function handleNotificationClick(notificationId: string): Promise<void> {
  const id = idOf(notificationId);
  if (id === null) return;
  const request = (await loadRequests()).find((candidate) => candidate.id === id);
  const url = request && supportPage(request.carrierId);
  if (url) await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
}

/** For the background's top level: listeners first (they wake the worker), then the alarms made again. */
export function wireReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    void handleAlarm(alarm).catch(() => undefined);
  });
  browser.notifications.onClicked.addListener((id) => {
    void handleNotificationClick(id).catch(() => undefined);
  });
  onRequestsChanged((requests) => {
    void syncReminders(requests).catch(() => undefined);
  });
  void syncReminders().catch(() => undefined);
}
