import { describe, expect, it } from 'vitest';
import { compareVersions, createAdvisoryMatcher, isAffected, slugOf, type AdvisoryRule } from './matcher.js';

const rule = (over: Partial<AdvisoryRule> = {}): AdvisoryRule => ({ id: 'a1', type: 'plugin', slug: 'akismet', fixed_in: '5.3.2', affected_from: null, severity: 'high', title: 'XSS', ...over });

describe('compareVersions', () => {
  it('compares numeric parts, treating missing parts as zero', () => {
    expect(compareVersions('5.3', '5.3.0')).toBe(0);
    expect(compareVersions('5.3.1', '5.3.2')).toBe(-1);
    expect(compareVersions('5.10', '5.9.9')).toBe(1);
    expect(compareVersions('6.8.3', '6.8')).toBe(1);
  });
  it('puts pre-releases before the release and other suffixes after it', () => {
    expect(compareVersions('2.0.0-beta1', '2.0.0')).toBe(-1);
    expect(compareVersions('2.0.0-RC2', '2.0.0')).toBe(-1);
    expect(compareVersions('2.0.0-patch1', '2.0.0')).toBe(1);
    expect(compareVersions('1.9.9', '2.0.0-beta1')).toBe(-1);
  });
  it('gives null for versions that do not start with a number', () => {
    expect(compareVersions('trunk', '1.0')).toBeNull();
    expect(compareVersions('1.0', '')).toBeNull();
  });
});

describe('slugOf', () => {
  it('names items the way wordpress.org does', () => {
    expect(slugOf('plugin', 'akismet/akismet.php')).toBe('akismet');
    expect(slugOf('plugin', 'hello.php')).toBe('hello');
    expect(slugOf('theme', 'twentytwentyfive')).toBe('twentytwentyfive');
    expect(slugOf('core', 'wordpress')).toBe('wordpress');
    expect(slugOf('translation', 'plugin:akismet:fr_FR')).toBeNull();
  });
});

describe('isAffected', () => {
  it('is below fixed_in and, when given, at or above affected_from', () => {
    expect(isAffected(rule(), '5.3.1')).toBe(true);
    expect(isAffected(rule(), '5.3.2')).toBe(false);
    expect(isAffected(rule({ affected_from: '5.0' }), '4.9')).toBe(false);
    expect(isAffected(rule({ affected_from: '5.0' }), '5.0')).toBe(true);
    expect(isAffected(rule(), null)).toBe(false);
  });
});

describe('createAdvisoryMatcher', () => {
  const m = createAdvisoryMatcher([rule(), rule({ id: 'a2', fixed_in: '5.4', title: 'CSRF' }), rule({ id: 'c1', type: 'core', slug: 'wordpress', fixed_in: '6.8.2' })]);
  it('finds the advisories an update crosses', () => {
    expect(m.fixes('plugin', 'akismet/akismet.php', '5.3', '5.3.2').map((r) => r.id)).toEqual(['a1']);
    expect(m.fixes('plugin', 'akismet/akismet.php', '5.3', '5.4').map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(m.fixes('core', 'wordpress', '6.8.1', '6.8.3').map((r) => r.id)).toEqual(['c1']);
  });
  it('finds none when the update does not reach the fix, started after it, or a version is unknown', () => {
    expect(m.fixes('plugin', 'akismet/akismet.php', '5.3', '5.3.1')).toEqual([]);
    expect(m.fixes('plugin', 'akismet/akismet.php', '5.3.2', '5.3.3')).toEqual([]);
    expect(m.fixes('plugin', 'akismet/akismet.php', null, '5.4')).toEqual([]);
    expect(m.fixes('plugin', 'akismet/akismet.php', '5.3', null)).toEqual([]);
    expect(m.fixes('theme', 'akismet', '5.3', '5.4')).toEqual([]);
    expect(m.fixes('plugin', 'other/akismet.php', '5.3', '5.4')).toEqual([]);
  });
});
