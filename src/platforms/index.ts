import type { PlatformAdapter } from './types';

// Every adapter file in this folder registers itself: adding a platform never touches the engine.
const modules = import.meta.glob<{ default: PlatformAdapter }>(['./*.ts', '!./index.ts', '!./types.ts', '!./*.test.ts'], {
  eager: true,
});

export const PLATFORMS: readonly PlatformAdapter[] = Object.values(modules).map((module) => module.default);

/** The adapter that recognises this form, if any. */
export const platformForForm = (
  form: Element,
  doc: Document,
  adapters: readonly PlatformAdapter[] = PLATFORMS,
): PlatformAdapter | undefined => adapters.find((adapter) => adapter.matchesForm(form, doc));

export type { PlatformAdapter } from './types';
