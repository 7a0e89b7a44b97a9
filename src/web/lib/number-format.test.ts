import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPercentNumber, formatSigned } from './number-format.js';

describe('numbers in the reader’s locale', () => {
  it('writes a decimal comma in ru, hy and az and a dot in en', () => {
    expect(formatDecimal(0.85, 'en')).toBe('0.85');
    expect(formatDecimal(0.85, 'ru')).toBe('0,85');
    expect(formatDecimal(0.85, 'hy')).toBe('0,85');
    expect(formatDecimal(0.85, 'az')).toBe('0,85');
  });

  it('signs weights with a true minus and keeps the sign of a positive one', () => {
    expect(formatSigned(-0.4, 'ru')).toBe('−0,40');
    expect(formatSigned(1.254, 'az')).toBe('+1,25');
    expect(formatSigned(2, 'en')).toBe('+2.00');
  });

  it('gives percentages with one decimal', () => {
    expect(formatPercentNumber(0.9731, 'ru')).toBe('97,3');
    expect(formatPercentNumber(0.9731, 'en')).toBe('97.3');
  });
});
