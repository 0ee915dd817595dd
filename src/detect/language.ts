import type { PageLanguage } from '../carriers/types';
import { textOf } from './dom';

const fromTag = (tag: string | null | undefined): PageLanguage | undefined => {
  const lang = tag?.trim().toLowerCase();
  if (!lang) return undefined;
  if (lang.startsWith('fr')) return 'fr';
  if (lang.startsWith('zh')) return 'zh';
  if (lang.startsWith('en')) return 'en';
  return undefined;
};

const FRENCH = /\b(les?|la|des|du|une|vous|votre|nous|et|pour|avec)\b|[éèàç]/g;
const ENGLISH = /\b(the|and|your|you|with|for|this|our|please)\b/g;

/** Language of the page (or of `element`'s nearest `lang`): the `lang` attribute, else what the text looks like. */
export function pageLanguage(doc: Document, element?: Element): PageLanguage {
  const declared =
    fromTag(element?.closest('[lang]')?.getAttribute('lang')) ?? fromTag(doc.documentElement?.lang);
  if (declared) return declared;
  const text = `${doc.title} ${textOf(doc.body, 3000)}`;
  const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (cjk >= 10 && cjk / Math.max(1, text.replace(/\s/g, '').length) > 0.15) return 'zh';
  const lower = text.toLowerCase();
  const fr = lower.match(FRENCH)?.length ?? 0;
  const en = lower.match(ENGLISH)?.length ?? 0;
  return fr > en ? 'fr' : 'en';
}
