import { PLATFORMS } from '../platforms';
import type { FillEngine } from './controller';

export { ENGINE_GLOBAL } from './controller';

import { fillPage, isChatOnly } from './run';
import { watchForms } from './watch';

/** The engine as the content script drives it: every registered platform adapter plugged in. */
export const fillEngine: FillEngine = {
  fill: (doc, data, options) => fillPage(doc, data, { ...options, adapters: PLATFORMS }),
  watch: watchForms,
  isChatOnly: (doc) => isChatOnly(doc, PLATFORMS),
};
