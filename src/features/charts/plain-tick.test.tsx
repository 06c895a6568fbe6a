import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlainTick } from './plain-tick';
import { tickLines } from './tick-lines';

describe('tickLines', () => {
  it('keeps a label that fits on one line', () => {
    expect(tickLines('Huyện Thạch Thất', 30)).toEqual(['Huyện Thạch Thất']);
  });

  it('breaks a long label between words, on two lines at most, and marks a cut', () => {
    expect(tickLines('Ban CHQS huyện Thạch Thất · Quý 1/2024', 20)).toEqual([
      'Ban CHQS huyện Thạch',
      'Thất · Quý 1/2024',
    ]);
    const cut = tickLines('Bộ CHQS tỉnh Bà Rịa - Vũng Tàu · 6 tháng đầu năm 2024', 16);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
    expect(cut.every((line) => line.length <= 16)).toBe(true);
  });
});

describe('PlainTick', () => {
  it('draws the formatted value, and the whole label as a title when it is cut', () => {
    const { container } = render(
      <svg>
        <PlainTick
          x={10}
          y={20}
          index={0}
          width={110}
          payload={{
            value: 'Bộ CHQS tỉnh Bà Rịa - Vũng Tàu · 6 tháng đầu năm 2024',
            coordinate: 0,
            index: 0,
          }}
          tickFormatter={(v: string) => v.toUpperCase()}
        />
      </svg>,
    );
    expect(container.querySelectorAll('tspan')).toHaveLength(2);
    expect(container.querySelector('title')?.textContent).toBe(
      'BỘ CHQS TỈNH BÀ RỊA - VŨNG TÀU · 6 THÁNG ĐẦU NĂM 2024',
    );
  });
});
