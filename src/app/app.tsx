import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { StableNavigateProvider } from '@/components/page-link';
import { makeQueryClient } from './query-client';
import { AppRoutes } from './routes';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <StableNavigateProvider>
          <AppRoutes />
        </StableNavigateProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
