/**
 * A pseudo-locale for finding untranslated text: every catalog message comes out as ⟦…⟧, so any
 * word on screen without the brackets was written in a component instead of the catalog.
 * Dataset text is exempt where the view marks it: inside `lang="en"` (notes, titles) or
 * `translate="no"` (tool and vendor names), and dates inside <time>.
 */
import { pluralForm } from '@/utils/i18n/intl';
import { CATALOGS, createI18n, type I18n, type Segment } from '@/utils/i18n/i18n';

const wrap = (s: string) => `⟦${s}⟧`;

export function pseudoI18n(): I18n {
  const en = createI18n('en');
  return {
    ...en,
    // Each literal run between placeholders is wrapped, so a message split around elements
    // (components/RichMessage.tsx) still shows where its words came from; values go in as they are.
    t: (key, params = {}) =>
      pluralForm(CATALOGS.en[key], 'en', typeof params.count === 'number' ? params.count : 2)
        .split(/\{(\w+)\}/)
        .map((part, i) => (i % 2 === 0 ? (part.trim() ? wrap(part) : part) : part in params ? String(params[part]) : `{${part}}`))
        .join(''),
    rich: (key, params) => en.rich(key, params).map((s: Segment) => (typeof s === 'string' ? wrap(s) : s)),
    date: (iso) => wrap(en.date(iso)),
    ago: (iso, today) => wrap(en.ago(iso, today)),
    units: (parts) => wrap(en.units(parts)),
    and: (parts) => wrap(en.and(parts)),
  };
}

/** Only digits, punctuation, symbols and spaces: nothing to translate. */
const NEUTRAL = /^[\s\d.,:;·—–\-+×()[\]%$€£¥/|•✓✕!?…'’"“”#@&*=<>→←↑↓⚙◐]*$/u;
const EXEMPT = '[lang="en"], [translate="no"], time, code, kbd, script, style';
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

/** What a user would read that did not come from the catalog: text nodes and labelling attributes. */
export function untranslated(root: ParentNode & Node): string[] {
  const found: string[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (NEUTRAL.test(text) || text.includes('⟦') || text.includes('⟧')) continue;
    if (node.parentElement?.closest(EXEMPT)) continue;
    found.push(text.trim());
  }
  for (const el of (root as ParentNode).querySelectorAll('*')) {
    for (const attr of ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (value && !NEUTRAL.test(value) && !value.includes('⟦') && !el.closest('[translate="no"]')) found.push(`${attr}="${value}"`);
    }
    if (el instanceof HTMLInputElement && el.type !== 'hidden' && ['button', 'submit'].includes(el.type) && !el.value.includes('⟦'))
      found.push(`value="${el.value}"`);
  }
  return found;
}
