import { describe, expect, it } from 'vitest';
import { catalogs } from '@/lib/i18n/messages';
import { translate } from '@/lib/i18n/use-t';
import { extractDraft } from './extract';
import { warningCodes } from './extract/types';
import { warningMessage, warningMessageKey } from './warning-messages';

describe('warning messages', () => {
  it('has a message in both languages for every warning code', () => {
    for (const code of warningCodes) {
      const key = warningMessageKey(code);
      expect(catalogs.vi[key], code).toBeTruthy();
      expect(catalogs.en[key], code).toBeTruthy();
    }
  });

  it('fills each message with the values the warning carries', () => {
    const draft = extractDraft('x'.repeat(300), [], { maxChars: 100 });
    const truncated = draft.warnings.find((w) => w.code === 'truncated');
    expect(truncated).toBeDefined();
    const { key, params } = warningMessage(truncated!);
    expect(translate('vi', key, params)).toBe('Văn bản quá dài: chỉ đọc 100 trên 300 ký tự đầu.');
    expect(translate('en', key, params)).not.toMatch(/[{}]/);
  });
});
