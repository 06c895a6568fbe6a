import { describe, expect, it } from 'vitest';
import { translate } from './use-t';

describe('translate', () => {
  it('fills a placeholder, in Vietnamese and in English', () => {
    expect(translate('vi', 'card.reports', { count: '2.550' })).toBe('trong 2.550 báo cáo');
    expect(translate('en', 'export.moreSources', { count: 3 })).toBe('and 3 more reports');
    expect(translate('vi', 'export.moreSources', { count: 3 })).toBe('và 3 báo cáo khác');
  });

  it('fills several placeholders, each where the message puts it', () => {
    expect(translate('vi', 'charts.topNote', { shown: 14, count: '1.234' })).toBe(
      'Hiện 14 đơn vị lớn nhất; 1.234 đơn vị còn lại gộp thành “Các đơn vị khác”.',
    );
  });

  it('returns a message without placeholders as written, and keeps a placeholder given no value', () => {
    expect(translate('vi', 'app.name')).toBe('QPĐP Dashboard');
    expect(translate('en', 'export.moreSources')).toBe('and {count} more reports');
  });
});
