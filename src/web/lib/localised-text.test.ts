import { describe, expect, it } from 'vitest';
import { pickLocalised } from './localised-text.js';

describe('text in the UI language', () => {
  const text = { en: 'Moscow', ru: 'Москва', hy: '' };

  it('uses the translation where it exists', () => {
    expect(pickLocalised(text, 'ru')).toEqual({ value: 'Москва', fallback: false });
  });

  it('falls back to English, and says so, where it is missing or blank', () => {
    expect(pickLocalised(text, 'hy')).toEqual({ value: 'Moscow', fallback: true });
    expect(pickLocalised(text, 'az')).toEqual({ value: 'Moscow', fallback: true });
    expect(pickLocalised(text, 'en')).toEqual({ value: 'Moscow', fallback: false });
  });
});
