import { describe, expect, it } from 'vitest';
import { centsToInput, formatMinutes, formatMoney, parseDuration, parseMoney } from './money';

describe('parseMoney', () => {
  it('reads amounts with a dot or a comma and spaces between thousands', () => {
    expect(parseMoney('49')).toBe(4900);
    expect(parseMoney('49.5')).toBe(4950);
    expect(parseMoney('49,05')).toBe(4905);
    expect(parseMoney('1 200.00')).toBe(120000);
    expect(parseMoney('0')).toBe(0);
  });
  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '-5', '1.234', '1.2.3', '€5']) expect(parseMoney(bad), bad).toBeNull();
  });
  it('round-trips through the editable form', () => {
    expect(parseMoney(centsToInput(12345))).toBe(12345);
    expect(formatMoney(4950, 'EUR', 'en')).toBe('€49.50');
  });
});

describe('parseDuration', () => {
  it('reads minutes, h:mm, 1h30, 1.5h and 45m', () => {
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('1h30')).toBe(90);
    expect(parseDuration('1h 30min')).toBe(90);
    expect(parseDuration('2h')).toBe(120);
    expect(parseDuration('1,5h')).toBe(90);
    expect(parseDuration('45m')).toBe(45);
  });
  it('refuses the rest', () => {
    for (const bad of ['', 'soon', '1:75', 'h', '-5']) expect(parseDuration(bad), bad).toBeNull();
  });
  it('formats minutes for people', () => {
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(-30)).toBe('−30 min');
  });
});
