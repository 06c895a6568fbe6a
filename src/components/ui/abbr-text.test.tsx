import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLanguageStore } from '@/lib/i18n/language-store';
import { AbbrText } from './abbr-text';

describe('AbbrText', () => {
  it('expands each abbreviation in Vietnamese, keyboard-focusable', () => {
    render(<AbbrText text="Diễn tập PCTT-TKCN và KVPT" />);
    expect(screen.getByText('PCTT-TKCN')).toHaveAttribute(
      'title',
      'Phòng, chống thiên tai – tìm kiếm cứu nạn',
    );
    expect(screen.getByText('KVPT')).toHaveAttribute('tabindex', '0');
  });

  it('gives the English expansion with the Vietnamese beside it in English', () => {
    useLanguageStore.setState({ lang: 'en' });
    render(<AbbrText text="SSCĐ duty" />);
    expect(screen.getByText('SSCĐ')).toHaveAttribute(
      'title',
      'Combat readiness (Sẵn sàng chiến đấu)',
    );
  });
});
