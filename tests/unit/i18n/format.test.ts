import { describe, expect, it } from 'vitest';
import { fill, placeholders } from '@/utils/i18n/format';
import { formatDay, pluralForm } from '@/utils/i18n/intl';
import { createI18n, plain } from '@/utils/i18n/i18n';
import { resolveLocale } from '@/utils/i18n/locales';

describe('resolveLocale', () => {
  it.each([
    ['auto', 'es-419', 'es'],
    ['auto', 'es', 'es'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fr-FR', 'en'],
    ['auto', undefined, 'en'],
    ['en', 'es-ES', 'en'],
    ['es', 'en-US', 'es'],
  ] as const)('%s with the browser in %s → %s', (setting, ui, locale) => expect(resolveLocale(setting, ui)).toBe(locale));
});

describe('messages', () => {
  it('a sentence opening with an unnamed organisation opens with a capital; a name is left as it is', () => {
    expect(createI18n('en').t('panel.orgKeepsOn', { org: createI18n('en').t('org.yours') })).toBe('Your organisation keeps this panel on');
    expect(createI18n('es').t('panel.paste.holdCheck', { org: createI18n('es').t('org.yours') })).toBe(
      'Tu organización mantiene esta comprobación activada.',
    );
    expect(createI18n('en').t('panel.org.from', { org: 'your organisation' })).toBe('From your organisation');
    expect(fill('{tool} con {other}', { tool: 'v0', other: 'fal' })).toBe('v0 con fal'); // tool names keep their case
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(placeholders({ one: '{count} risk', other: '{count} risks of {tool}' })).toEqual(['count', 'tool']);
  });
  it('picks plural forms by the language’s rules', () => {
    const m = { one: 'uno', many: 'muchos', other: 'otros' };
    expect([pluralForm(m, 'es', 1), pluralForm(m, 'es', 2), pluralForm(m, 'es', 1_000_000)]).toEqual(['uno', 'otros', 'muchos']);
    expect(createI18n('es').t('count.caution', { count: 1 })).toBe('1 precaución');
    expect(createI18n('es').t('count.caution', { count: 4 })).toBe('4 precauciones');
    expect(createI18n('en').t('count.risk', { count: 1 })).toBe('1 risk');
  });
  it('keeps English dataset text apart from the translated words', () => {
    const segments = createI18n('es').rich('training.optOutRoute', { route: { en: 'Settings → Data controls' } });
    expect(segments).toEqual(['Cómo excluirte: ', { en: 'Settings → Data controls' }]);
    expect(plain(segments)).toBe('Cómo excluirte: Settings → Data controls');
  });
});

describe('Intl formatting for the active locale', () => {
  it('dates', () => {
    expect(formatDay('2026-11-28', 'en')).toBe('Nov 28, 2026');
    expect(formatDay('2026-11-28', 'es')).toBe('28 nov 2026');
    expect(formatDay('not a date', 'es')).toBe('not a date');
  });
  it('relative times', () => {
    expect(createI18n('en').ago('2026-08-28', '2026-12-01')).toBe('3 months ago');
    expect(createI18n('es').ago('2026-08-28', '2026-12-01')).toBe('hace 3 meses');
    expect(createI18n('en').ago('2026-11-30', '2026-12-01')).toBe('yesterday');
    expect(createI18n('es').ago('2024-11-01', '2026-12-01')).toBe('hace 2 años');
  });
  it('money in the plan’s currency', () => {
    const money = (locale: 'en' | 'es', n: number, cur: string) => createI18n(locale).money(n, cur).replace(/\s/g, ' '); // Intl's no-break spaces
    expect(money('en', 20, 'USD')).toBe('$20');
    expect(money('es', 20, 'USD')).toBe('20 US$');
    expect(money('es', 9.99, 'EUR')).toBe('9,99 €');
  });
  it('counts in words', () => {
    const es = createI18n('es');
    expect(es.units([es.t('count.risk', { count: 1 }), es.t('count.caution', { count: 4 })])).toBe('1 riesgo y 4 precauciones');
  });
});
