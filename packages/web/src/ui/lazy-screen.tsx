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
  let Screen: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const loadOnce = () => {
    loading ??= load().then((module) => {
      Screen = module.default;
    });
    return loading;
  };

  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, as React.lazy makes its own
  return function LazyScreen(props: P) {
    const [, arrived] = useReducer((count: number) => count + 1, 0);
    const [failure, failed] = useReducer((_: unknown, error: unknown) => ({ error }), undefined);
    // What this render shows, not whether the code has come since: a render that showed the loading line
    // waits for the code even if another visit's load finished before this effect ran.
    const ready = Screen !== undefined;
    useEffect(() => {
      if (ready) return;
      let shown = true;
      loadOnce().then(
        () => shown && arrived(),
        (error: unknown) => shown && failed(error),
      );
      return () => {
        shown = false;
      };
    }, [ready]);
    if (failure) throw failure.error;
    return Screen ? <Screen {...props} /> : <Loading />;
  };
}
