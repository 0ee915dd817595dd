import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '../../tests/support/fake-i18n';
import {
  handleAlarm,
  handleNotificationClick,
  REMINDER_PREFIX,
  reminderName,
  reminderText,
  supportPage,
  syncReminders,
  verifiedChannels,
  wireReminders,
} from './reminders';
import {
  loadRequests,
  type RequestRecord,
  recordRequest,
  setReminder,
  setRequestStatus,
} from './request-log';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  useLocale('en');
});

const sent = (extra: Partial<Parameters<typeof recordRequest>[0]> = {}) =>
  recordRequest({
    carrierId: 'opt-nc',
    carrierName: 'OPT-NC (Mobilis / Helia)',
    orderNumber: 'OPT-1',
    page: 'https://www.opt.nc/esim',
    fields: ['email'],
    sentAt: Date.now() - DAY,
    ...extra,
  });

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();
const notifications = () =>
  fakeBrowser.notifications.getAll() as Promise<Record<string, { title: string; message: string }>>;

describe('alarms follow the log', () => {
  test('only requests the person asked a reminder for, while open, get an alarm at their due date', async () => {
    const quiet = await sent();
    const wanted = await sent({ orderNumber: 'OPT-2' });
    await setReminder(wanted.id, true);
    await fakeBrowser.alarms.create('someone-else', { when: Date.now() + DAY });
    await syncReminders();
    expect(await alarmNames()).toEqual([reminderName(wanted.id), 'someone-else'].sort());
    expect((await fakeBrowser.alarms.get(reminderName(wanted.id)))?.scheduledTime).toBe(wanted.expectBy);
    expect(await alarmNames()).not.toContain(reminderName(quiet.id));

    await setRequestStatus(wanted.id, 'answered');
    await syncReminders();
    expect(await alarmNames()).toEqual(['someone-else']);
  });

  test('switched off: the alarm goes', async () => {
    const request = await sent();
    await setReminder(request.id, true);
    await syncReminders();
    await setReminder(request.id, false);
    await syncReminders();
    expect(await alarmNames()).toEqual([]);
  });

  test('wireReminders makes the alarms again at start and keeps them in step with storage', async () => {
    const request = await sent();
    await setReminder(request.id, true);
    wireReminders();
    await vi.waitFor(async () => expect(await alarmNames()).toEqual([reminderName(request.id)]));
    await setRequestStatus(request.id, 'closed');
    await vi.waitFor(async () => expect(await alarmNames()).toEqual([]));
  });
});

describe('the reminder', () => {
  test("once due: one notification with the carrier's name, the dates and its verified channels", async () => {
    const request = await sent();
    await setReminder(request.id, true);
    await handleAlarm({ name: reminderName(request.id) });
    const shown = (await notifications())[reminderName(request.id)]!;
    expect(shown.title).toBe('No answer yet from OPT-NC (Mobilis / Helia)?');
    expect(shown.message).toMatch(
      /^You sent your request on .+; an answer was expected by .+\.\nContact: Web: https:\/\/www\.opt\.nc\/$/,
    );
    expect((await loadRequests())[0]?.remindedAt).toBeTypeOf('number');
    // Shown once: a second alarm (a restart) says nothing again, and no alarm is made again.
    await fakeBrowser.notifications.clear(reminderName(request.id));
    await handleAlarm({ name: reminderName(request.id) });
    expect(await notifications()).toEqual({});
    await syncReminders();
    expect(await alarmNames()).toEqual([]);
  });

  test('nothing for a request answered meanwhile, one without a reminder, or an alarm not ours', async () => {
    const answered = await sent();
    await setReminder(answered.id, true);
    await setRequestStatus(answered.id, 'answered');
    const plain = await sent();
    await handleAlarm({ name: reminderName(answered.id) });
    await handleAlarm({ name: reminderName(plain.id) });
    await handleAlarm({ name: reminderName('gone') });
    await handleAlarm({ name: 'other-alarm' });
    expect(await notifications()).toEqual({});
  });

  test('never names an unverified channel as official', () => {
    // Airtel's file lists an e-mail address from the original brief that nobody confirmed.
    expect(verifiedChannels('airtel')).toEqual([]);
    const request = { carrierId: 'airtel', carrierName: 'Airtel', sentAt: 0, expectBy: DAY } as RequestRecord;
    const { message } = reminderText(request);
    expect(message).not.toContain('support@airtel.nc');
    expect(message).toMatch(/\nAsk again through the carrier's support page\.$/);
    expect(supportPage('airtel')).toBeUndefined();
  });

  test('a carrier the registry does not know: its name, and where to ask in general', () => {
    const text = reminderText({
      carrierId: 'other',
      carrierName: 'Lagoon',
      sentAt: 0,
      expectBy: DAY,
    } as RequestRecord);
    expect(text.title).toBe('No answer yet from Lagoon?');
    expect(text.message).toMatch(/\nAsk again through the carrier's support page\.$/);
  });

  test('in French when the browser is', () => {
    useLocale('fr');
    const text = reminderText({
      carrierId: 'opt-nc',
      carrierName: 'OPT-NC',
      sentAt: 0,
      expectBy: DAY,
    } as RequestRecord);
    expect(text.title).toBe('Toujours pas de réponse de OPT-NC ?');
    expect(text.message).toContain('Contact : Site : https://www.opt.nc/');
  });
});

describe('a click on the notification', () => {
  test("opens the carrier's verified support page and closes the notification", async () => {
    const request = await sent();
    await setReminder(request.id, true);
    await handleAlarm({ name: reminderName(request.id) });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleNotificationClick(reminderName(request.id));
    expect(create).toHaveBeenCalledWith({ url: 'https://www.opt.nc/' });
    expect(await notifications()).toEqual({});
  });

  test('opens nothing for a carrier without a verified page, nor for notifications not ours', async () => {
    const request = await sent({ carrierId: 'other', carrierName: 'Lagoon' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleNotificationClick(reminderName(request.id));
    await handleNotificationClick('not-ours');
    expect(create).not.toHaveBeenCalled();
    expect(supportPage('other')).toBeUndefined();
    expect(REMINDER_PREFIX).toBe('resim-followup:');
  });
});
