import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '@/app/app';

/** The whole app at a URL, with retries off so failures show at once. */
export function renderApp(path = '/') {
  window.history.pushState({}, '', path);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}
