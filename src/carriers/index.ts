import type { Carrier } from './types';

// Every file in data/ registers itself: adding a carrier is adding one file.
const modules = import.meta.glob<{ default: Carrier }>(['./data/*.ts', '!./data/*.test.ts'], { eager: true });

// By lower-cased name, in code-unit order: `localeCompare` starts ICU's collator, 7–12 ms in every
// page the content script runs in (and in each service-worker start), for an order only lists show.
const byName = (a: Carrier, b: Carrier) => {
  const first = a.name.toLowerCase();
  const second = b.name.toLowerCase();
  return first < second ? -1 : first > second ? 1 : 0;
};

export const CARRIERS: readonly Carrier[] = Object.values(modules)
  .map((module) => module.default)
  .sort(byName);

const byId = new Map(CARRIERS.map((carrier) => [carrier.id, carrier]));

export const getCarrier = (id: string): Carrier | undefined => byId.get(id);

export type { Carrier } from './types';
