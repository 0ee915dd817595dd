import { contentScriptMatches } from '../src/carriers/match';

export default defineContentScript({
  matches: contentScriptMatches(),
  allFrames: true,
  runAt: 'document_idle',
  main() {},
});
