import { useEffect, useState } from 'react';
import type { ResolverResult } from './resolverApi';

export type ViewState<T> =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: T };

/**
 * Runs `load` whenever `deps` change and tracks it as loading → ready / empty / error. A response that arrives
 * after a newer request started is dropped, so fast typing never shows stale results.
 */
export function useViewState<T>(
  load: (() => Promise<ResolverResult<T>>) | null,
  isEmpty: (value: T) => boolean,
  deps: readonly unknown[],
): ViewState<T> {
  const [state, setState] = useState<ViewState<T>>(load ? { status: 'loading' } : { status: 'empty' });
  useEffect(() => {
    if (!load) {
      setState({ status: 'empty' });
      return;
    }
    let isCurrent = true;
    setState({ status: 'loading' });
    load().then(
      (result) => {
        if (!isCurrent) return;
        if (!result.ok) setState({ status: 'error', message: result.error.message });
        else setState(isEmpty(result.value) ? { status: 'empty' } : { status: 'ready', value: result.value });
      },
      (error: unknown) => {
        if (isCurrent) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      isCurrent = false;
    };
    // The caller names the inputs `load` closes over, as with useEffect itself.
  }, deps);
  return state;
}
