import { showOfferPrompt } from '../src/fill/offer-prompt';
import { PROMPT_GLOBAL } from '../src/fill/prompt-global';

// The in-page prompt and its words in every language, apart from the engine (which every approved
// frame gets): injected by the background into a frame whose engine it started, the first time that
// engine has an offer or a notice to show (src/fill/offer.ts), in the same isolated world. It only
// leaves its function there; the engine calls it. Injected again, the newer copy's function is used
// (a prompt an earlier copy shows keeps working, and is replaced beside its box if shown again).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PROMPT_GLOBAL] = showOfferPrompt;
});
