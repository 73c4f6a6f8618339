import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGS, resolveLocale, translator } from './i18n.js';
import { pdfSafe } from './render-pdf.js';

const forms = (m: string | { one: string; other: string }) => (typeof m === 'string' ? [m] : [m.one, m.other]);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report catalogue', () => {
  it('every language has every message, non-empty, with the same placeholders as English', () => {
    for (const lang of LANGS) {
      for (const [key, en] of Object.entries(CATALOGUES.en)) {
        const msg = CATALOGUES[lang][key as keyof typeof CATALOGUES.en];
        expect(msg, `${lang}.${key}`).toBeDefined();
        expect(typeof msg, `${lang}.${key}`).toBe(typeof en);
        for (const [i, form] of forms(msg).entries()) {
          expect(form.trim().length, `${lang}.${key}`).toBeGreaterThan(0);
          expect(placeholders(form), `${lang}.${key}`).toEqual(placeholders(forms(en)[i]!));
        }
      }
    }
  });

  it('resolves regional locales to their language and unknown ones to English', () => {
    expect(resolveLocale('fr_CA')).toEqual({ lang: 'fr', tag: 'fr-CA' });
    expect(resolveLocale('it')).toEqual({ lang: 'it', tag: 'it' });
    expect(resolveLocale('de')).toEqual({ lang: 'en', tag: 'en' });
  });

  it('picks plural forms by the language’s rules and formats numbers for the locale', () => {
    expect(translator('en').tn('headline_updates', 1)).toBe('applied 1 update');
    expect(translator('en').tn('headline_updates', 0)).toBe('applied 0 updates');
    // French treats 0 as singular, Italian does not.
    expect(translator('fr').tn('headline_updates', 0)).toBe('appliqué 0 mise à jour');
    expect(translator('it').tn('headline_updates', 0)).toBe('applicato 0 aggiornamenti');
    expect(translator('fr').tn('headline_updates', 1234)).toBe(`appliqué ${new Intl.NumberFormat('fr').format(1234)} mises à jour`);
    expect(translator('it').pct(99.5)).toBe(new Intl.NumberFormat('it', { style: 'percent', maximumFractionDigits: 2 }).format(0.995));
  });
});

describe('PDF text', () => {
  it('keeps Latin, Greek and Cyrillic as written, keeps French numbers on one line, and writes "?" for what the fonts lack', () => {
    expect(pdfSafe('99,5\u202f%')).toBe('99,5\u00a0%');
    expect(pdfSafe('1.0 → 1.1')).toBe('1.0 → 1.1');
    expect(pdfSafe('Café “Œuvre” – déjà')).toBe('Café “Œuvre” – déjà');
    expect(pdfSafe('Łukasz Wiśniewski, Ελλάδα, Кафе, Žižkov')).toBe('Łukasz Wiśniewski, Ελλάδα, Кафе, Žižkov');
    expect(pdfSafe('東京 ok')).toBe('?? ok');
    expect(pdfSafe('a\nb')).toBe('a\nb');
  });
});
