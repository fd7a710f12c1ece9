// The message catalogs: every locale has exactly the English keys, the same placeholders and the
// plural forms its language needs; the panel's and the manifest's messages are plain strings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeholders, type Message } from '@/utils/i18n/format';
import { CATALOGS } from '@/utils/i18n/i18n';
import { LOCALES } from '@/utils/i18n/locales';
import { PANEL_KEYS } from '@/utils/i18n/panel-strings';
import { manifestMessages } from '@/modules/locales';

const en = CATALOGS.en as Record<string, Message>;
const others = LOCALES.filter((l) => l !== 'en');

describe.each(others)('locale %s', (locale) => {
  const catalog = CATALOGS[locale] as Record<string, Message>;

  it('has every English key and no other', () => {
    expect(
      Object.keys(catalog).filter((k) => !(k in en)),
      'extra keys',
    ).toEqual([]);
    expect(
      Object.keys(en).filter((k) => !(k in catalog)),
      'missing keys',
    ).toEqual([]);
  });

  it('uses the same placeholders as English in every message', () => {
    const differ = Object.keys(en).filter((k) => k in catalog && placeholders(catalog[k]!).join() !== placeholders(en[k]!).join());
    expect(differ).toEqual([]);
  });

  it('gives a plural where English does, with the forms its language uses', () => {
    for (const [key, message] of Object.entries(en)) {
      const theirs = catalog[key]!;
      expect(typeof theirs, key).toBe(typeof message);
      if (typeof theirs === 'object') {
        // CLDR: Spanish has one, many (1e6…) and other.
        const needed = new Intl.PluralRules(locale)
          .resolvedOptions()
          .pluralCategories.filter((c) => c !== 'zero' && c !== 'two' && c !== 'few');
        for (const form of needed) expect(theirs[form as keyof typeof theirs], `${key}.${form}`).toBeTruthy();
      }
    }
  });

  it('translates, rather than copies, the words people read (only names and codes may stay as in English)', () => {
    const SAME_OK =
      /^(app\.name|manifest\.extName|status\.|platform\.(web|api|ide)$|pricingModel\.freemium$|availability\.beta$|panel\.label$|badge\.|popup\.plans\.plan$)/;
    const copied = Object.keys(en).filter((k) => !SAME_OK.test(k) && JSON.stringify(catalog[k]) === JSON.stringify(en[k]));
    expect(copied).toEqual([]);
  });
});

it('an English message with plural forms has one and other', () => {
  for (const [key, message] of Object.entries(en)) {
    if (typeof message === 'object') expect([message.one, message.other].every(Boolean), key).toBe(true);
  }
});

it('the panel’s messages are plain strings (the page gets them without a plural engine)', () => {
  for (const locale of LOCALES) for (const key of PANEL_KEYS) expect(typeof CATALOGS[locale][key], `${locale} ${key}`).toBe('string');
  expect(PANEL_KEYS.length).toBeGreaterThan(20);
});

describe.each(LOCALES)('the manifest in %s', (locale) => {
  const messages = manifestMessages(locale);
  it('names Caveat Lens and describes it in at most 132 characters (Chrome’s limit)', () => {
    expect(messages.extName?.message).toBe('Caveat Lens');
    expect([...messages.extDescription!.message].length).toBeLessThanOrEqual(132);
  });
  it('is described as its store listing’s short description says (docs/store/<locale>.md)', () => {
    const short = readFileSync(`docs/store/${locale}.md`, 'utf8').match(/<!-- short -->\n(.*)\n<!-- \/short -->/)?.[1];
    expect(messages.extDescription?.message).toBe(short);
  });
  it('uses message names Chrome accepts', () => {
    for (const name of Object.keys(messages)) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
