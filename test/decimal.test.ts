import { describe, expect, it } from 'vitest';
import { parseAmountText } from '../src/model/decimal.js';
import { formatDecimals } from '../src/read/grid.js';

describe('amounts as printed', () => {
  it.each([
    ['2,940.05', '2940.05', 2],
    ['２，９４０．０５', '2940.05', 2],
    ['38.8', '38.8', 1],
    [' 3 ', '3', 0],
    ['-12.50', '-12.5', 2],
    ['(1.00)', '-1', 2],
    ['（1.00）', '-1', 2],
    ['1,234,567', '1234567', 0],
  ])('%s → %s', (text, value, decimals) => {
    const p = parseAmountText(text)!;
    expect(p.value.toFixed()).toBe(value);
    expect(p.decimals).toBe(decimals);
  });

  it.each(['-', '—', '－'])('"%s" is zero', (text) => {
    expect(parseAmountText(text)).toMatchObject({ dash: true });
    expect(parseAmountText(text)!.value.eq(0)).toBe(true);
  });

  it.each(['详见附表', '12.3.4', '1,23', '', '二十'])('"%s" is not an amount', (text) => {
    expect(parseAmountText(text)).toBeNull();
  });

  it.each([
    ['#,##0.00', 2],
    ['0.00_ ', 2],
    ['#,##0.00;[Red]-#,##0.00', 2],
    ['0', 0],
    ['General', undefined],
    ['@', undefined],
    ['"¥"#,##0.0', 1],
  ])('number format %s shows %s decimals', (fmt, d) => {
    expect(formatDecimals(fmt)).toBe(d);
  });
});
