import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CARRIERS, getCarrier } from '../carriers';
import {
  addContact,
  channelHref,
  channelsFor,
  contactKey,
  loadContacts,
  normalizeChannel,
  removeContact,
  supportAddress,
} from './contact';

beforeEach(() => fakeBrowser.reset());

describe('normalizeChannel', () => {
  test('an e-mail address is checked (domain lowercased, mailto: dropped)', () => {
    expect(normalizeChannel('email', ' mailto:Help@Example.NC ')).toEqual({
      ok: true,
      value: 'Help@example.nc',
    });
    expect(normalizeChannel('email', 'help at example')).toEqual({ ok: false, error: 'email' });
  });

  test('a phone number becomes E.164 (New Caledonia by default)', () => {
    expect(normalizeChannel('phone', '36 10 00')).toEqual({ ok: true, value: '+687361000' });
    expect(normalizeChannel('phone', '+33 1 23 45 67 89')).toEqual({ ok: true, value: '+33123456789' });
    expect(normalizeChannel('phone', 'call us')).toEqual({ ok: false, error: 'phone' });
  });

  test('a web form or chat is an http(s) page; a bare host gets https://', () => {
    expect(normalizeChannel('webForm', 'support.example.com/contact')).toEqual({
      ok: true,
      value: 'https://support.example.com/contact',
    });
    expect(normalizeChannel('chat', 'https://wa.me/687751234')).toEqual({
      ok: true,
      value: 'https://wa.me/687751234',
    });
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'localhost',
      'https://u:p@x.com',
    ]) {
      expect(normalizeChannel('webForm', bad), bad).toEqual({ ok: false, error: 'url' });
    }
    expect(normalizeChannel('chat', '  ')).toEqual({ ok: false, error: 'empty' });
  });
});

describe('contacts storage (local:contacts v1)', () => {
  test('channels are kept per carrier, normalised, once each', async () => {
    await addContact('opt-nc', { kind: 'phone', value: '36 10 00', note: 'Service client' }, 1);
    await addContact('opt-nc', { kind: 'email', value: 'help@example.nc' }, 2);
    await addContact('opt-nc', { kind: 'phone', value: '+687 361000' }, 3);
    await addContact('airalo', { kind: 'chat', value: 'airalo.com/help' }, 4);
    expect(await loadContacts('opt-nc')).toEqual([
      { kind: 'email', value: 'help@example.nc', addedAt: 2 },
      { kind: 'phone', value: '+687361000', addedAt: 3 },
    ]);
    expect(await loadContacts('airalo')).toEqual([
      { kind: 'chat', value: 'https://airalo.com/help', addedAt: 4 },
    ]);
    const stored = await fakeBrowser.storage.local.get(['contacts', 'contacts$']);
    expect(stored.contacts$).toEqual({ v: 1 });
  });

  test('an invalid channel is refused with its problem, and nothing is stored', async () => {
    await expect(addContact('opt-nc', { kind: 'email', value: 'nope' })).rejects.toThrow('email');
    await expect(addContact('opt-nc', { kind: 'webForm', value: 'javascript:alert(1)' })).rejects.toThrow(
      'url',
    );
    expect(await loadContacts('opt-nc')).toEqual([]);
  });

  test('removing a channel', async () => {
    await addContact('opt-nc', { kind: 'email', value: 'help@example.nc' });
    await removeContact('opt-nc', { kind: 'email', value: 'help@example.nc' });
    expect(await loadContacts('opt-nc')).toEqual([]);
  });

  test('damaged or dangerous stored entries are dropped, readable ones kept', async () => {
    await fakeBrowser.storage.local.set({
      contacts: {
        'opt-nc': [
          { kind: 'email', value: 'help@example.nc', addedAt: 1 },
          { kind: 'webForm', value: 'javascript:alert(1)', addedAt: 2 },
          { kind: 'fax', value: '123', addedAt: 3 },
          null,
          { kind: 'phone', value: '36 10 00', addedAt: 'yesterday' },
        ],
        airalo: 'not a list',
      },
      contacts$: { v: 1 },
    });
    expect(await loadContacts('opt-nc')).toEqual([
      { kind: 'email', value: 'help@example.nc', addedAt: 1 },
      { kind: 'phone', value: '+687361000', addedAt: 0 },
    ]);
    expect(await loadContacts('airalo')).toEqual([]);
    await fakeBrowser.storage.local.set({ contacts: ['x'] });
    expect(await loadContacts('opt-nc')).toEqual([]);
  });
});

describe('channelsFor', () => {
  test("the brief's Orange number and Airtel address are unconfirmed, never official", () => {
    const orange = channelsFor(getCarrier('orange'), []);
    expect(orange).toContainEqual(expect.objectContaining({ value: '+687 20 20 20', status: 'unconfirmed' }));
    const airtel = channelsFor(getCarrier('airtel'), []);
    expect(airtel).toContainEqual(
      expect.objectContaining({ value: 'support@airtel.nc', status: 'unconfirmed' }),
    );
    expect(supportAddress(airtel)).toBeUndefined();
  });

  test('every registry channel is official exactly when the registry verified it', () => {
    for (const carrier of CARRIERS) {
      const shown = channelsFor(carrier, []);
      expect(shown).toHaveLength(carrier.contacts.length);
      for (const contact of carrier.contacts) {
        expect(shown.find((channel) => channel.value === contact.value)?.status, contact.value).toBe(
          contact.verified ? 'official' : 'unconfirmed',
        );
      }
    }
  });

  test("the person's channels come after the registry's, marked as theirs, without repeating one", () => {
    const opt = getCarrier('opt-nc')!;
    const shown = channelsFor(opt, [
      { kind: 'email', value: 'help@example.nc', addedAt: 1 },
      { kind: 'webForm', value: opt.contacts[0]!.value, addedAt: 2 },
    ]);
    expect(shown.map((channel) => channel.status)).toEqual(['official', 'yours']);
    expect(supportAddress(shown)).toBe('help@example.nc');
  });

  test('a carrier outside the registry has only the channels the person added', () => {
    expect(channelsFor(undefined, [{ kind: 'phone', value: '+687361000', addedAt: 1 }])).toEqual([
      { kind: 'phone', value: '+687361000', status: 'yours' },
    ]);
  });

  test('confirmed channels first, then unconfirmed', () => {
    const carrier = {
      ...getCarrier('orange')!,
      contacts: [
        { kind: 'phone', value: '+33 1 00 00 00 00', verified: false },
        { kind: 'webForm', value: 'https://www.orange.fr/contact', verified: true },
      ] as const,
    };
    expect(channelsFor(carrier, []).map((channel) => channel.status)).toEqual(['official', 'unconfirmed']);
  });
});

describe('channelHref', () => {
  test('mailto:, tel: and http(s) links; nothing else', () => {
    expect(channelHref({ kind: 'email', value: 'help@example.nc' })).toBe('mailto:help@example.nc');
    expect(channelHref({ kind: 'phone', value: '+687 36 10 00' })).toBe('tel:+687361000');
    expect(channelHref({ kind: 'webForm', value: 'https://www.opt.nc/' })).toBe('https://www.opt.nc/');
    expect(channelHref({ kind: 'chat', value: 'javascript:alert(1)' })).toBeUndefined();
    expect(channelHref({ kind: 'email', value: 'not an address' })).toBeUndefined();
  });
});

test('contactKey: the registry id, or the typed name of another carrier', () => {
  expect(contactKey({ carrierId: 'opt-nc', carrierOtherName: '' })).toBe('opt-nc');
  expect(contactKey({ carrierId: 'other', carrierOtherName: ' Vodafone NZ ' })).toBe('other:vodafone nz');
  expect(contactKey({ carrierId: 'other', carrierOtherName: '' })).toBe('');
  expect(contactKey({ carrierId: '', carrierOtherName: '' })).toBe('');
});
