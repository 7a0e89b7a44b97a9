// Numbers in the reader's locale through Intl.NumberFormat: a decimal comma in ru, hy and az, a dot in en. Where
// the browser lacks a language's number data (Intl falls back to its own default), a locale with the same
// separators stands in, so a Russian, Armenian or Azerbaijani reader never sees a decimal dot.
const STAND_INS: Record<string, string> = { en: 'en-GB', ru: 'ru-RU', hy: 'ru-RU', az: 'ru-RU' };

const cache = new Map<string, Intl.NumberFormat>();

function formatter(language: string, digits: number, sign: boolean): Intl.NumberFormat {
  const key = `${language}|${digits}|${sign}`;
  let found = cache.get(key);
  if (!found) {
    const base = language.split('-')[0];
    const supported = Intl.NumberFormat.supportedLocalesOf([base]).length > 0;
    const locale = supported ? base : (STAND_INS[base] ?? 'en-GB');
    found = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
    cache.set(key, found);
  }
  return found;
}

/** `value` with `digits` decimals in the reader's locale (`0,85` in ru, `0.85` in en). */
export function formatDecimal(value: number, language: string, digits = 2): string {
  return formatter(language, digits, false).format(value);
}

/** A signed weight (`+1,25`, `−0,40`): the sign always shown, a true minus sign. */
export function formatSigned(value: number, language: string, digits = 2): string {
  return formatter(language, digits, true).format(value).replace('-', '−');
}

/** A fraction as a percentage number without the sign (`97,3` for 0.973 in ru); the catalogue adds the `%`. */
export function formatPercentNumber(fraction: number, language: string, digits = 1): string {
  return formatDecimal(fraction * 100, language, digits);
}
