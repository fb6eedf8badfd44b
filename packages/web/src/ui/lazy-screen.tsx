import { type ComponentType, useEffect, useReducer } from 'react';
import { Loading } from './feedback';

/**
 * A screen whose code loads when it is first shown, as with React.lazy, but without suspending. A screen
 * that suspends shows its boundary's loading line, and React then holds the screen back until 300 ms after
 * that line went up, however soon the code came; the screen's own request only starts once it shows, so
 * every first visit to a screen waited that long for nothing. Here the screen shows the same loading line
 * itself and renders as soon as its code has come. Code that failed to load is thrown to the screen's
 * error boundary, which offers a reload: the browser keeps a failed import for as long as the page lives.
 */
export function lazyScreen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  // How the one load of this screen's code ended; every visit reads it, none keeps a copy.
  let Screen: ComponentType<P> | undefined;
  let failure: { error: unknown } | undefined;
  let loading: Promise<void> | undefined;
  const loadOnce = () => {
    loading ??= load().then(
      (module) => {
        Screen = module.default;
      },
      (error: unknown) => {
        failure = { error };
      },
    );
    return loading;
  };

  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, as React.lazy makes its own
  return function LazyScreen(props: P) {
    const [, settled] = useReducer((count: number) => count + 1, 0);
    // What this render shows, not whether the load has ended since: a render that showed the loading line
    // waits for the load even if another visit's load ended before this effect ran.
    const settledWhenRendered = Screen !== undefined || failure !== undefined;
    useEffect(() => {
      if (settledWhenRendered) return;
      let shown = true;
      void loadOnce().then(() => shown && settled());
      return () => {
        shown = false;
      };
    }, [settledWhenRendered]);
    if (failure) throw failure.error;
    return Screen ? <Screen {...props} /> : <Loading />;
  };
}
