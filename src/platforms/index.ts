import type { PlatformAdapter } from '../detect/adapter';

// Every adapter file in this folder registers itself: adding a platform never touches the engine.
// The entrypoints (the fill engine, the inspector) hand PLATFORMS to detection and the fill engine.
const modules = import.meta.glob<{ default: PlatformAdapter }>(['./*.ts', '!./index.ts', '!./*.test.ts'], {
  eager: true,
});

// Helper modules beside the adapters export no adapter: only default exports shaped like one count.
export const PLATFORMS: readonly PlatformAdapter[] = Object.values(modules)
  .map((module) => module.default)
  .filter((adapter): adapter is PlatformAdapter => typeof adapter?.matchesForm === 'function');
