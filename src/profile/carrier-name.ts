import { CARRIERS, type Carrier } from '../carriers';
import { normalizeText } from '../dom/normalize';

// "OPT-NC", "opt nc" and "Opt.NC" are the same name: compare without case, accents or separators.
const compact = (text: string): string => normalizeText(text).replace(/\s+/g, '');

/** Registry id for a carrier name as a person typed it (name, brand alias, id or domain), if any. */
export function carrierIdForName(name: string, carriers: readonly Carrier[] = CARRIERS): string | undefined {
  const wanted = compact(name);
  if (!wanted) return undefined;
  for (const carrier of carriers) {
    const names = [carrier.id, carrier.name, ...(carrier.aliases ?? []), ...carrier.domains];
    if (names.some((candidate) => compact(candidate) === wanted)) return carrier.id;
  }
  return undefined;
}
