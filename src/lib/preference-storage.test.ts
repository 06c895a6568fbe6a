import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLanguageStore } from './i18n/language-store';
import { useToastStore } from './toast-store';

afterEach(() => vi.restoreAllMocks());

describe('preference storage', () => {
  it('applies a language the browser refuses to keep, and says it will not last', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    });
    expect(() => useLanguageStore.getState().setLang('en')).not.toThrow();
    expect(useLanguageStore.getState().lang).toBe('en');
    expect(useToastStore.getState().toast).toMatchObject({
      tone: 'error',
      message: expect.stringContaining('quota exceeded'),
    });
  });
});
