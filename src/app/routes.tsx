import { Route, Routes } from 'react-router';
import { GlossaryPage } from '@/features/glossary/glossary-page';
import { AddReportPage } from '@/features/import/add-report-page';
import { LocalDataPage } from '@/features/local-data/local-data-page';
import { SearchPage } from '@/features/search/search-page';
import { Layout } from './layout/layout';
import { DashboardRoute } from './routes/dashboard';
import { NotFoundRoute } from './routes/not-found';
import { PresentRoute } from './routes/present';
import { ReportRoute } from './routes/report';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="present" element={<PresentRoute />} />
      <Route element={<Layout />}>
        <Route index element={<DashboardRoute />} />
        <Route path="reports/:reportId" element={<ReportRoute />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="glossary" element={<GlossaryPage />} />
        <Route path="add" element={<AddReportPage />} />
        <Route path="add/:reportId" element={<AddReportPage />} />
        <Route path="local" element={<LocalDataPage />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
