import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { appRoutes } from './app/routes';
import { createQueryClient } from './app/create-query-client';
import './styles/global.css';
import './styles/shell.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={createBrowserRouter(appRoutes)} />
    </QueryClientProvider>
  </StrictMode>,
);
