import type { PlatformAdapter } from '../detect/adapter';
import { detectForms } from '../detect/detect';
import type { FillData } from '../messaging/protocol';
import { type FillOptions, type FillSession, fillForms } from './fill-forms';

export type { FillOptions, FillSession } from './fill-forms';

/**
 * What the content script calls once the background allowed this frame: detect the forms, fill the
 * support forms among them, report. Safe to call again (a watcher's pass): only new controls are touched.
 * `adapters`: the support-platform adapters to consult (entrypoints/fill-engine.ts plugs in every
 * registered one). `telecom` defaults to true: the background only allows pages of the profile's
 * carrier, so eSIM fields (IMEI, EID, order number) are in context on their support forms.
 */
export function fillPage(
  doc: Document,
  data: FillData,
  options: FillOptions & { adapters: readonly PlatformAdapter[]; telecom?: boolean },
): FillSession {
  const { adapters } = options;
  return fillForms(detectForms(doc, { adapters, telecom: options.telecom ?? true }), data, options);
}

/** A chat-only support page (Intercom, WhatsApp): nothing to fill, the popup offers a message instead. */
export const isChatOnly = (doc: Document, adapters: readonly PlatformAdapter[]): boolean =>
  adapters.some((adapter) => adapter.isChatOnly?.(doc) === true);
