// How to reach a carrier's support: the registry's channels (src/carriers/data/*.ts) and the ones the
// person adds, kept in browser.storage.local per carrier id: { [carrierId]: [{ kind, value, note?,
// addedAt }] }. A registry channel that is not verified (the original brief's Orange number, its
// Airtel address) is never shown as official; a channel the person added is theirs, not the carrier's.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import type { Carrier, ContactChannel } from '../carriers/types';
import { checkEmail } from '../profile/identifiers';
import { phoneChecks } from '../profile/phone-check';
import { phonePartsOf } from '../profile/phone-parts';

export type ChannelKind = ContactChannel['kind'];
export const CHANNEL_KINDS: readonly ChannelKind[] = ['webForm', 'email', 'phone', 'chat'];

/**
 * Where a channel comes from: the registry and confirmed ('official'), the registry but not confirmed
 * ('unconfirmed'), or the person ('yours').
 */
export type ChannelStatus = 'official' | 'unconfirmed' | 'yours';

export interface Channel {
  kind: ChannelKind;
  value: string;
  status: ChannelStatus;
  note?: string;
}

/** A channel the person added for one carrier. */
export interface UserChannel {
  kind: ChannelKind;
  /** Normalised: an address, E.164 number, or http(s) URL. */
  value: string;
  note?: string;
  addedAt: number;
}

export type ChannelError = 'empty' | 'email' | 'phone' | 'url';

/**
 * A phone channel as E.164: checked by the phone library once loaded (src/profile/phone-check.ts; the
 * Support view loads it), read without it until then, so the popup's first paint does not carry it.
 */
function phoneE164(text: string): string | undefined {
  const checkPhone = phoneChecks()?.checkPhone;
  if (checkPhone) {
    const phone = checkPhone(text);
    return phone.ok ? phone.value.e164 : undefined;
  }
  const parts = phonePartsOf(text);
  return parts && 'e164' in parts ? parts.e164 : undefined;
}

/** A typed channel in the form it is kept and linked: checked address, E.164 number, http(s) URL. */
export function normalizeChannel(
  kind: ChannelKind,
  raw: string,
): { ok: true; value: string } | { ok: false; error: ChannelError } {
  const text = raw.trim();
  if (!text) return { ok: false, error: 'empty' };
  if (kind === 'email') {
    const email = checkEmail(text.replace(/^mailto:/i, ''));
    return email.ok ? { ok: true, value: email.value } : { ok: false, error: 'email' };
  }
  if (kind === 'phone') {
    const e164 = phoneE164(text);
    return e164 ? { ok: true, value: e164 } : { ok: false, error: 'phone' };
  }
  const url = webUrl(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  return url ? { ok: true, value: url } : { ok: false, error: 'url' };
}

/** An http(s) URL with a real host name, or undefined (javascript:, data:, file:, bare words). */
function webUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!/^[^.]+(\.[^.]+)+$/.test(url.hostname) || url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

// ---- storage ------------------------------------------------------------------------------------

/** Raw stored channels, typed `unknown` on purpose: read them through `readContacts`, which never throws. */
const contactsItem = storage.defineItem<unknown>('local:contacts', { version: 1, migrations: {} });

/** One channel the person added, as stored (or in a backup); `readContacts` applies it. */
export const userChannelSchema = z.pipe(
  z.object({
    kind: z.enum(['webForm', 'email', 'phone', 'chat']),
    value: z.string().check(z.maxLength(500)),
    note: z.catch(z.optional(z.string().check(z.trim(), z.maxLength(200))), undefined),
    // Finite: zod's number() refuses Infinity and NaN.
    addedAt: z.catch(z.number(), 0),
  }),
  z.transform((channel, context) => {
    const normal = normalizeChannel(channel.kind, channel.value);
    if (!normal.ok) {
      context.issues.push({ code: 'custom', message: `unreadable ${channel.kind}`, input: channel.value });
      return z.NEVER;
    }
    const read: UserChannel = { kind: channel.kind, value: normal.value, addedAt: channel.addedAt };
    if (channel.note) read.note = channel.note;
    return read;
  }),
);

/** Every readable channel per carrier, once each (kind and value); damaged entries are dropped. */
function readContacts(value: unknown): Record<string, UserChannel[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const contacts: Record<string, UserChannel[]> = {};
  for (const [carrierId, entries] of Object.entries(value)) {
    if (!Array.isArray(entries)) continue;
    const byKey = new Map<string, UserChannel>();
    for (const entry of entries) {
      const parsed = userChannelSchema.safeParse(entry);
      if (parsed.success) byKey.set(`${parsed.data.kind} ${parsed.data.value}`, parsed.data);
    }
    if (byKey.size) contacts[carrierId] = [...byKey.values()];
  }
  return contacts;
}

async function loadAll(): Promise<Record<string, UserChannel[]>> {
  try {
    return readContacts(await contactsItem.getValue());
  } catch {
    return {};
  }
}

/** The channels the person added for a carrier ('other' for a carrier outside the registry). */
export async function loadContacts(carrierId: string): Promise<UserChannel[]> {
  return (await loadAll())[carrierId] ?? [];
}

let writing: Promise<unknown> = Promise.resolve();
function change(edit: (contacts: Record<string, UserChannel[]>) => void): Promise<void> {
  const next = writing.then(async () => {
    const contacts = await loadAll();
    edit(contacts);
    for (const [id, channels] of Object.entries(contacts)) if (!channels.length) delete contacts[id];
    await contactsItem.setValue(contacts);
  });
  writing = next.catch(() => undefined);
  return next;
}

const sameChannel = (a: Pick<UserChannel, 'kind' | 'value'>) => (b: Pick<UserChannel, 'kind' | 'value'>) =>
  a.kind === b.kind && a.value === b.value;

/**
 * Adds a channel for a carrier (the same kind and value again replaces the first). Throws a
 * TypeError naming the problem ('email', 'phone', 'url', 'empty') on a value that is not one.
 */
export async function addContact(
  carrierId: string,
  channel: { kind: ChannelKind; value: string; note?: string },
  addedAt = Date.now(),
): Promise<UserChannel> {
  const normal = normalizeChannel(channel.kind, channel.value);
  if (!normal.ok) throw new TypeError(normal.error);
  const entry: UserChannel = { kind: channel.kind, value: normal.value, addedAt };
  const note = channel.note?.trim().slice(0, 200);
  if (note) entry.note = note;
  await change((contacts) => {
    contacts[carrierId] = [...(contacts[carrierId] ?? []).filter((kept) => !sameChannel(entry)(kept)), entry];
  });
  return entry;
}

export function removeContact(
  carrierId: string,
  channel: Pick<UserChannel, 'kind' | 'value'>,
): Promise<void> {
  return change((contacts) => {
    contacts[carrierId] = (contacts[carrierId] ?? []).filter((kept) => !sameChannel(channel)(kept));
  });
}

/** Every carrier's channels the person added, by carrier id (a backup being made). */
export const loadAllContacts = (): Promise<Record<string, UserChannel[]>> => loadAll();

/** Replaces every channel the person added (a backup being restored): readable ones only. Returns them. */
export function replaceContacts(value: unknown): Promise<Record<string, UserChannel[]>> {
  const kept = readContacts(value);
  return change((contacts) => {
    for (const id of Object.keys(contacts)) delete contacts[id];
    Object.assign(contacts, kept);
  }).then(() => kept);
}

/** Forgets every channel the person added. */
export async function clearContacts(): Promise<void> {
  const next = writing.then(() => contactsItem.removeValue());
  writing = next.catch(() => undefined);
  await next;
}

// ---- what the popup shows -------------------------------------------------------------------------

/**
 * Whose channels a profile's carrier has: its registry id, or 'other:<name>' for a carrier the person
 * typed; '' when no carrier is chosen yet.
 */
export function contactKey(profile: { carrierId: string; carrierOtherName: string }): string {
  if (profile.carrierId !== 'other') return profile.carrierId;
  const name = profile.carrierOtherName.trim().toLowerCase();
  return name ? `other:${name}`.slice(0, 100) : '';
}

/** The registry's channels of a carrier (confirmed first), then the person's own. */
export function channelsFor(carrier: Carrier | undefined, mine: readonly UserChannel[]): Channel[] {
  const registry: Channel[] = (carrier?.contacts ?? []).map((contact) => {
    const channel: Channel = {
      kind: contact.kind,
      value: contact.value,
      status: contact.verified ? 'official' : 'unconfirmed',
    };
    if (contact.note) channel.note = contact.note;
    return channel;
  });
  registry.sort((a, b) => Number(a.status === 'unconfirmed') - Number(b.status === 'unconfirmed'));
  const yours = mine
    .filter((channel) => !registry.some(sameChannel(channel)))
    .map((channel): Channel => {
      const shown: Channel = { kind: channel.kind, value: channel.value, status: 'yours' };
      if (channel.note) shown.note = channel.note;
      return shown;
    });
  return [...registry, ...yours];
}

/** The link that opens a channel: mailto:, tel: or the web page; undefined for anything else. */
export function channelHref(channel: Pick<Channel, 'kind' | 'value'>): string | undefined {
  if (channel.kind === 'email') {
    const email = checkEmail(channel.value);
    return email.ok ? `mailto:${encodeAddress(email.value)}` : undefined;
  }
  if (channel.kind === 'phone') {
    const e164 = phoneE164(channel.value);
    return e164 ? `tel:${e164}` : undefined;
  }
  return webUrl(channel.value);
}

/** An address in a mailto: URL: everything but the `@` percent-encoded (RFC 6068). */
export const encodeAddress = (address: string): string => encodeURIComponent(address).replace(/%40/g, '@');

/**
 * The address "Write to support" sends to: the carrier's confirmed one, else one the person added.
 * An unconfirmed address is never used on its own: the person writes there only by choosing it.
 */
export function supportAddress(channels: readonly Channel[]): string | undefined {
  return (
    channels.find((channel) => channel.kind === 'email' && channel.status === 'official') ??
    channels.find((channel) => channel.kind === 'email' && channel.status === 'yours')
  )?.value;
}
