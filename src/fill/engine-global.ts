/**
 * Where the injected engine bundle (entrypoints/fill-engine.ts) leaves itself in the isolated world.
 * A module of its own: the background needs the name, never the engine.
 */
export const ENGINE_GLOBAL = '__resimFillEngine';
