import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PageLink, StableNavigateProvider } from './page-link';

function Pages() {
  return (
    <MemoryRouter initialEntries={['/']}>
      <StableNavigateProvider>
        <Routes>
          <Route path="/" element={<PageLink to="/reports/r1">Báo cáo 1</PageLink>} />
          <Route path="/reports/r1" element={<h1>Trang báo cáo</h1>} />
        </Routes>
      </StableNavigateProvider>
    </MemoryRouter>
  );
}

describe('PageLink', () => {
  it('is a real link that opens its page in place', () => {
    render(<Pages />);
    const link = screen.getByRole('link', { name: 'Báo cáo 1' });
    expect(link.getAttribute('href')).toBe('/reports/r1');
    fireEvent.click(link);
    expect(screen.getByRole('heading', { name: 'Trang báo cáo' })).toBeTruthy();
  });

  it('leaves a click with a modifier key to the browser (a new tab or window)', () => {
    render(<Pages />);
    const link = screen.getByRole('link', { name: 'Báo cáo 1' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Trang báo cáo' })).toBeNull();
  });

  it('is the router’s link outside the provider', () => {
    render(
      <MemoryRouter>
        <PageLink to="/reports/r1">Báo cáo 1</PageLink>
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Báo cáo 1' }).getAttribute('href')).toBe(
      '/reports/r1',
    );
  });
});
