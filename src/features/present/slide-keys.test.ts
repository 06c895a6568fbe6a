import { describe, expect, it } from 'vitest';
import { parseWallSeconds, slideCommand, stepSlide } from './slide-keys';

describe('presenter keys', () => {
  it('map keyboard and clicker keys to commands', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map(slideCommand)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(slideCommand)).toEqual(['previous', 'previous']);
    expect(slideCommand('Escape')).toBe('exit');
    expect(slideCommand('a')).toBeNull();
  });

  it('step within the slides, wrapping only on a wall display', () => {
    expect(stepSlide(0, 3, 'next')).toBe(1);
    expect(stepSlide(2, 3, 'next')).toBe(2);
    expect(stepSlide(2, 3, 'next', true)).toBe(0);
    expect(stepSlide(0, 3, 'previous')).toBe(0);
    expect(stepSlide(1, 3, 'last')).toBe(2);
    expect(stepSlide(2, 3, 'first')).toBe(0);
  });

  it('read the wall display interval from a link', () => {
    expect(parseWallSeconds('30')).toBe(30);
    expect(parseWallSeconds('1')).toBeNull();
    expect(parseWallSeconds('abc')).toBeNull();
    expect(parseWallSeconds(null)).toBeNull();
  });
});
