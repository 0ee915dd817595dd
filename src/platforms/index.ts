import type { PlatformAdapter } from './types';

// Every adapter file in this folder registers itself: adding a platform never touches the engine.
const modules = import.meta.glob<{ default: PlatformAdapter }>(
  ['./*.ts', '!./index.ts', '!./types.ts', '!./*.test.ts'],
  {
    eager: true,
  },
);

// Helper modules beside the adapters export no adapter: only default exports shaped like one count.
export const PLATFORMS: readonly PlatformAdapter[] = Object.values(modules)
  .map((module) => module.default)
  .filter((adapter): adapter is PlatformAdapter => typeof adapter?.matchesForm === 'function');

/** The adapter that recognises this form, if any. */
export const platformForForm = (
  form: Element,
  doc: Document,
  adapters: readonly PlatformAdapter[] = PLATFORMS,
): PlatformAdapter | undefined => adapters.find((adapter) => adapter.matchesForm(form, doc));

export type { PlatformAdapter } from './types';
