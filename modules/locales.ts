/**
 * The manifest's texts in every locale: `_locales/<locale>/messages.json`, written at build time
 * from the catalogs' `manifest.*` keys (locales/<locale>/manifest.ts), so the name, the description
 * (the stores' short description) and the keyboard commands' descriptions have one source.
 */
import { defineWxtModule } from 'wxt/modules';
import { CATALOGS } from '../utils/i18n/i18n.ts';
import { LOCALES } from '../utils/i18n/locales.ts';

const PREFIX = 'manifest.';

/** `{ extName: { message: "Caveat Lens" }, … }` for one locale. */
export function manifestMessages(locale: (typeof LOCALES)[number]): Record<string, { message: string }> {
  const catalog = CATALOGS[locale] as Record<string, unknown>;
  const out: Record<string, { message: string }> = {};
  for (const [key, message] of Object.entries(catalog)) {
    if (!key.startsWith(PREFIX)) continue;
    if (typeof message !== 'string') throw new Error(`${locale}: ${key} must be a plain string`);
    out[key.slice(PREFIX.length)] = { message };
  }
  return out;
}

export default defineWxtModule({
  name: 'caveat-lens:locales',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      for (const locale of LOCALES) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: `${JSON.stringify(manifestMessages(locale), null, 2)}\n`,
        });
      }
    });
  },
});
