import { Route, Routes } from 'react-router';
import { Layout } from './layout/layout';
import { AddReportPage, GlossaryPage, LocalDataPage, PresentRoute, SearchPage } from './lazy-pages';
import { DashboardRoute } from './routes/dashboard';
import { NotFoundRoute } from './routes/not-found';
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
