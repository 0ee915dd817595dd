// Components whose code loads on first use (views the popup may never show): the popup's first paint
// carries only what it shows first. `preload()` starts the load early (the view's tab hovered or
// focused); once loaded, <Lazy> renders the component at once, as if it were imported statically.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P> {
  /** Loads the code (once); resolves when the component can render. */
  preload(): Promise<unknown>;
  /** The component, once loaded. */
  loaded(): ComponentType<P> | undefined;
}

export function lazyComponent<P>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let component: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (loaded) => (component = loaded),
      (error: unknown) => {
        // A failed load is tried again on the next use.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return { preload, loaded: () => component };
}

/** `of`'s component with `props`; nothing for the few milliseconds its code takes to load. */
export function Lazy<P extends object>({ of, props }: { of: LazyComponent<P>; props: P }) {
  // A count, not a flag: one <Lazy> may show one lazy view, then another in its place.
  const [, setLoads] = useState(0);
  const Component = of.loaded();
  useEffect(() => {
    if (Component) return;
    let live = true;
    of.preload().then(
      () => live && setLoads((count) => count + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [of, Component]);
  return Component ? <Component {...props} /> : null;
}
