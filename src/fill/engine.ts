import type { PlatformAdapter } from '../detect/adapter';
import type { FillEngine } from './controller';
import { fillPage, isChatOnly } from './run';
import { watchForms } from './watch';

/** The engine as the content script drives it, with the platform adapters the entrypoint plugs in. */
export const createFillEngine = (adapters: readonly PlatformAdapter[]): FillEngine => ({
  fill: (doc, data, options) => fillPage(doc, data, { ...options, adapters }),
  watch: watchForms,
  isChatOnly: (doc) => isChatOnly(doc, adapters),
});
