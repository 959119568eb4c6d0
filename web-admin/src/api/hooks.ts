// Small data hooks over request(): enough for this app, with no cache library in the bundle.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './client';
import { asApiError, type ApiError } from './errors';

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refetch: () => Promise<void>;
}

export interface QueryOptions {
  skip?: boolean;
  /** Refetch every this many ms while mounted (and not skipped). */
  pollMs?: number;
}

/** Runs the query when the variables change (compared by value); keeps the last data while it refetches. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: QueryOptions = {},
): QueryState<TResult> {
  const [data, setData] = useState<TResult | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(!options.skip);
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  const run = useCallback(async (): Promise<void> => {
    const ticket = latest.current + 1;
    latest.current = ticket;
    setLoading(true);
    try {
      const result = await request(document, variablesRef.current);
      if (latest.current === ticket) {
        setData(result);
        setError(undefined);
      }
    } catch (caught) {
      if (latest.current === ticket) setError(asApiError(caught));
    } finally {
      if (latest.current === ticket) setLoading(false);
    }
    // The key stands for the variables' value.
  }, [document, key]);

  useEffect(() => {
    if (options.skip) {
      setLoading(false);
      return undefined;
    }
    void run();
    if (!options.pollMs) return undefined;
    const timer = setInterval(() => {
      void run();
    }, options.pollMs);
    return () => clearInterval(timer);
  }, [run, options.skip, options.pollMs]);

  useEffect(
    () => () => {
      latest.current += 1;
    },
    [],
  );

  return { data, error, loading, refetch: run };
}

export interface MutationState<TResult, TVariables> {
  run: (variables: TVariables) => Promise<TResult | undefined>;
  loading: boolean;
  error: ApiError | undefined;
  reset: () => void;
}

/** A mutation whose refusal is kept in `error` for the form to show next to its fields; `run` resolves undefined then. */
export function useMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): MutationState<TResult, TVariables> {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const run = useCallback(
    async (variables: TVariables) => {
      setLoading(true);
      setError(undefined);
      try {
        return await request(document, variables);
      } catch (caught) {
        setError(asApiError(caught));
        return undefined;
      } finally {
        setLoading(false);
      }
    },
    [document],
  );
  const reset = useCallback(() => setError(undefined), []);
  return { run, loading, error, reset };
}
