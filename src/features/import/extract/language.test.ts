import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language';

describe('guessLanguage', () => {
  it('knows Vietnamese by its marks and its small words', () => {
    const g = guessLanguage(
      'Sáng nay, Ban chỉ huy quân sự huyện tổ chức hội nghị tổng kết công tác quốc phòng của năm.',
    );
    expect(g.vietnamese).toBe(true);
    expect(g.diacriticShare).toBeGreaterThan(0.1);
  });

  it('knows Vietnamese typed without marks', () => {
    const g = guessLanguage(
      'Sang nay, ban chi huy quan su huyen to chuc hoi nghi tong ket cong tac quoc phong cua nam va cac xa.',
    );
    expect(g.vietnamese).toBe(true);
    expect(g.diacriticShare).toBe(0);
  });

  it('tells English and French apart from Vietnamese', () => {
    expect(
      guessLanguage('The district held its annual defence review this morning in the town hall.')
        .vietnamese,
    ).toBe(false);
    expect(
      guessLanguage("Le comité a présenté à la réunion le bilan de l'année écoulée et les tâches.")
        .vietnamese,
    ).toBe(false);
  });

  it('says nothing is Vietnamese in a handful of letters or none', () => {
    expect(guessLanguage('12 34 %%').vietnamese).toBe(false);
    expect(guessLanguage('').vietnamese).toBe(false);
  });

  it('sees text in an old Vietnamese encoding', () => {
    // TCVN3 bytes shown as Latin-1: the marks come out as symbols.
    const g = guessLanguage('Héi nghÞ tæng kÕt c«ng t¸c qu©n sù ®Þa ph­¬ng n¨m');
    expect(g.legacyShare).toBeGreaterThan(0.05);
  });
});
