import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '@/app/app';
import { makeQueryClient } from '@/app/query-client';

/** The whole app at a URL; retries are off unless a test is about the retry policy itself. */
export function renderApp(path = '/', { realRetries = false } = {}) {
  window.history.pushState({}, '', path);
  const queryClient = realRetries
    ? makeQueryClient()
    : new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}
