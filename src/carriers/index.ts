import type { Carrier } from './types';

// Every file in data/ registers itself: adding a carrier is adding one file.
const modules = import.meta.glob<{ default: Carrier }>(['./data/*.ts', '!./data/*.test.ts'], { eager: true });

export const CARRIERS: readonly Carrier[] = Object.values(modules)
  .map((module) => module.default)
  .sort((a, b) => a.name.localeCompare(b.name));

const byId = new Map(CARRIERS.map((carrier) => [carrier.id, carrier]));

export const getCarrier = (id: string): Carrier | undefined => byId.get(id);

export type { Carrier } from './types';
