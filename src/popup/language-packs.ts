// The popup writes to support in the carrier's language (src/journey/support-message.ts) and a chat
// message in its own (chat-message.ts): one pack at a time, loaded when a view composes in it. The
// popup's own words come from _locales (i18n.ts), so no pack is part of its first paint.
import { useEffect, useState } from 'preact/hooks';
import type { LanguagePack, PageLanguage } from '../lang';

type Pack = LanguagePack<PageLanguage>;

const LOADERS: Record<PageLanguage, () => Promise<Pack>> = {
  en: () => import('../lang/en').then((module) => module.en),
  fr: () => import('../lang/fr').then((module) => module.fr),
  es: () => import('../lang/es').then((module) => module.es),
  de: () => import('../lang/de').then((module) => module.de),
  it: () => import('../lang/it').then((module) => module.it),
  pt: () => import('../lang/pt').then((module) => module.pt),
  nl: () => import('../lang/nl').then((module) => module.nl),
  pl: () => import('../lang/pl').then((module) => module.pl),
  ja: () => import('../lang/ja').then((module) => module.ja),
  zh: () => import('../lang/zh').then((module) => module.zh),
  ru: () => import('../lang/ru').then((module) => module.ru),
};

const loaded = new Map<PageLanguage, Pack>();

/** A language's pack, loaded once. */
export async function loadPack(code: PageLanguage): Promise<Pack> {
  const known = loaded.get(code);
  if (known) return known;
  const pack = await LOADERS[code]();
  loaded.set(code, pack);
  return pack;
}

/** A language's pack for a view: null while it loads (at once when it was loaded before). */
export function usePack(code: PageLanguage): Pack | null {
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (loaded.has(code)) return;
    let live = true;
    loadPack(code).then(
      () => live && setLoads((count) => count + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [code]);
  return loaded.get(code) ?? null;
}
