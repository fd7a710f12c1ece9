/** The options page in Spanish: the language setting switches every view at once, and no English is left outside the marked names and data. */
import { render as plainRender } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { datasetDate } from '@/data/catalogue';
import { PageI18n } from '@/components/PageI18n';
import { useWords } from '@/hooks/useI18n';
import { App } from '@/entrypoints/options/App';
import en from '@/locales/en/options';
import { createI18n } from '@/utils/i18n/i18n';
import { loadSettings, updateGlobal, updateSite } from '@/utils/settings/storage';
import { orgTool } from '../unit/policy/org-tool';
import { render, screen, waitFor, within } from './render';

const ES = createI18n('es');
afterEach(() => vi.restoreAllMocks());

async function importFile(text: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await userEvent.upload(input, new File([text], 'ajustes.json', { type: 'application/json' }));
}

/** The page's text outside names and English data (`translate="no"`, `lang="en"`): what a Spanish reader must find in Spanish. */
function unmarkedText(root: HTMLElement): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('[translate="no"], [lang="en"]')) out.push(n.textContent ?? '');
  }
  return out.join(' ');
}

describe('options page: the language setting', () => {
  it('switching to Español words the page in Spanish at once, and back', async () => {
    plainRender(
      <PageI18n>
        <App />
      </PageI18n>,
    );
    const select = await screen.findByRole('combobox', { name: 'Language' });
    expect(document.documentElement.lang).toBe('en');
    // Each language named in itself; "browser default" names the one it gives (jsdom's browser speaks English).
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Browser default (English)', 'English', 'Español']);

    await userEvent.selectOptions(select, 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajustes de Caveat Lens' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    expect(screen.getByRole('region', { name: 'Valores predeterminados para todos los sitios' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Esquina del panel' })).toBeInTheDocument();
    const idioma = screen.getByRole('combobox', { name: 'Idioma' });
    expect(idioma).toHaveValue('es');
    expect(
      within(idioma)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Predeterminado del navegador (English)', 'English', 'Español']);
    expect(screen.getByRole('status')).toHaveTextContent('Guardado.');
    expect((await loadSettings()).global.language).toBe('es');

    await userEvent.selectOptions(idioma, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Caveat Lens settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });

  it('browser default follows a Spanish browser and names it', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('es-419');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es-419');
    plainRender(
      <PageI18n>
        <App />
      </PageI18n>,
    );
    const select = await screen.findByRole('combobox', { name: 'Idioma' });
    expect(document.documentElement.lang).toBe('es');
    expect(select).toHaveValue('auto');
    expect(within(select).getByRole('option', { name: 'Predeterminado del navegador (Español)' })).toBeInTheDocument();
  });

  it('another page open at the same time (a second PageI18n) follows the change too', async () => {
    plainRender(
      <>
        <PageI18n>
          <App />
        </PageI18n>
        <PageI18n>
          <p data-testid="other">
            <Probe />
          </p>
        </PageI18n>
      </>,
    );
    await screen.findByRole('combobox', { name: 'Language' });
    expect(screen.getByTestId('other')).toHaveTextContent('Export settings');
    await updateGlobal({ language: 'es' });
    await waitFor(() => expect(screen.getByTestId('other')).toHaveTextContent('Exportar ajustes'));
  });

  it('held by the organisation: the language select is disabled, with the reason', async () => {
    await fakeBrowser.storage.managed.set({ orgName: 'Acme Corp', defaults: { language: 'es' }, lockedSettings: ['language'] });
    render(<App />, { locale: 'es' });
    const select = await screen.findByRole('combobox', { name: 'Idioma' });
    await waitFor(() => expect(select).toBeDisabled());
    expect(select).toHaveValue('es');
    expect(select).toHaveAccessibleDescription('Lo fija la política de Acme Corp; no se puede cambiar aquí.');
  });
});

/** A word of another open page, in that page's language. */
function Probe() {
  return <>{useWords().t('options.backup.export')}</>;
}

describe('options page in Spanish', () => {
  it('every section: headings, labels, choices and the dataset date in Spanish', async () => {
    await updateSite('poe', { panel: false, startCollapsed: true });
    render(<App />, { locale: 'es' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajustes de Caveat Lens' })).toBeInTheDocument();
    // Defaults.
    const defaults = screen.getByRole('region', { name: 'Valores predeterminados para todos los sitios' });
    expect(within(defaults).getByRole('checkbox', { name: 'Mostrar el panel en los sitios de herramientas de IA' })).toBeChecked();
    expect(within(defaults).getByRole('group', { name: 'Cómo se abre el panel en una página' })).toBeInTheDocument();
    expect(within(defaults).getByRole('radio', { name: 'Siempre completo' })).toBeInTheDocument();
    expect(within(defaults).getByRole('option', { name: 'Arriba a la derecha' })).toBeInTheDocument();
    expect(within(defaults).getByRole('option', { name: 'Igual que el sistema' })).toBeInTheDocument();
    expect(within(defaults).getByRole('spinbutton', { name: /^Avisar cuando los datos tengan más de/ })).toHaveValue(180);
    // Sites.
    const sites = screen.getByRole('region', { name: 'Ajustes por sitio' });
    expect(sites).toHaveTextContent('Poe panel desactivado, empieza como píldora');
    await userEvent.click(within(sites).getByRole('button', { name: 'Restablecer todos los sitios…' }));
    expect(within(sites).getByRole('group', { name: 'Confirmar el restablecimiento' })).toHaveTextContent(
      '¿Restablecer 1 sitio a los valores predeterminados?',
    );
    // Backup.
    const backup = screen.getByRole('region', { name: 'Exportar e importar' });
    expect(within(backup).getByRole('button', { name: 'Importar ajustes…' })).toBeInTheDocument();
    // About: the date in Spanish, in a <time> with the ISO day.
    const about = screen.getByRole('region', { name: 'Sobre los datos' });
    expect(about).toHaveTextContent(`Fecha de los datos: ${ES.date(datasetDate())}`);
    expect(about.querySelector('time')).toHaveAttribute('datetime', datasetDate());
    expect(within(about).getByRole('link', { name: 'Comparar herramientas lado a lado' })).toBeInTheDocument();
    expect(about).toHaveTextContent(/ChatGPT comprobado el \d{1,2} \w+/);
  });

  it('status lines: a save, an import refused, an import done', async () => {
    render(<App />, { locale: 'es' });
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Tema' }), 'dark');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Guardado.'));
    await importFile('{"format": "caveat-lens-settings", ');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Este archivo no es JSON válido, así que no se importó nada.'),
    );
    expect(screen.getByRole('status')).toHaveClass('error');
    await importFile('{"format": "caveat-lens-settings", "version": 99}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/versión más reciente de Caveat Lens \(ajustes v99\)/));
    // The fields' problems are technical English, marked as such inside the Spanish sentence.
    await importFile('{"format": "caveat-lens-settings", "version": 1, "settings": {"theme": "pink"}}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^El archivo tiene valores no válidos \(settings.theme/));
    expect(screen.getByRole('status').querySelector('[lang="en"]')).toHaveTextContent('settings.theme: invalid value, using the default');
    await importFile('{"format": "caveat-lens-settings", "version": 1, "settings": {"theme": "light"}}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Ajustes importados de ajustes.json.'));
    expect(screen.getByRole('status')).not.toHaveClass('error');
  });

  it('a save sync refused says so in Spanish', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    render(<App />, { locale: 'es' });
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Tema' }), 'dark');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'No se pudo guardar en el almacenamiento sincronizado; se guardó en este dispositivo.',
      ),
    );
    expect(screen.getByRole('status')).toHaveClass('error');
  });

  it('the organisation’s policy: its section, held settings and invalid entries in Spanish', async () => {
    await updateSite('claude', { panel: false });
    await fakeBrowser.storage.managed.set({
      orgName: 'Acme Corp',
      notes: { chatgpt: { text: 'Approved', level: 'info' }, gemini: { text: 'Ask first', level: 'nope' } },
      lockedSettings: ['staleDays'],
      lockedTools: ['claude'],
      extraTools: [orgTool({ id: 'acme-internal', name: 'Acme Internal', match: [{ host: 'ai.acme-corp.com' }] })],
      pasteNudge: { allowDisable: false },
    });
    render(<App />, { locale: 'es' });
    const org = await screen.findByRole('region', { name: 'Gestionado por Acme Corp' });
    expect(org).toHaveTextContent('Acme Corp ha establecido una política para Caveat Lens.');
    expect(org).toHaveTextContent('Notas sobre 1 herramienta, mostradas primero en el panel y en la lista: ChatGPT.');
    expect(org).toHaveTextContent('El panel se mantiene activado para Claude.');
    expect(org).toHaveTextContent('Herramientas añadidas por Acme Corp');
    expect(org).toHaveTextContent('Caveat Lens no tiene acceso a ai.acme-corp.com, así que ahí no hay panel');
    expect(screen.getByRole('spinbutton', { name: /^Avisar cuando/ })).toHaveAccessibleDescription(
      'Lo fija la política de Acme Corp; no se puede cambiar aquí.',
    );
    expect(screen.getByRole('checkbox', { name: /parezca sensible/ })).toHaveAccessibleDescription(
      'Acme Corp mantiene activada la comprobación de lo que pegas; no se puede desactivar aquí.',
    );
    expect(screen.getByRole('region', { name: 'Ajustes por sitio' })).toHaveTextContent(
      'Claude panel desactivado (Acme Corp lo mantiene activado)',
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('La política de tu organización tiene una entrada no válida: notes.gemini');
    expect(alert.querySelector('[lang="en"]')).toHaveTextContent(/^notes\.gemini/);
    expect(screen.getByRole('region', { name: 'Sobre los datos' })).toHaveTextContent(
      'Además, 1 herramienta añadida por Acme Corp, listada arriba',
    );
    // Names are names: never machine-translated.
    expect(within(org).getByText('Acme Internal')).toHaveAttribute('translate', 'no');
  });

  it('an organisation with no name is “your organisation”, capitalised where it opens a sentence', async () => {
    await fakeBrowser.storage.managed.set({ lockedSettings: ['theme'] });
    render(<App />, { locale: 'es' });
    const org = await screen.findByRole('region', { name: 'Gestionado por tu organización' });
    expect(org).toHaveTextContent('Tu organización ha establecido una política para Caveat Lens.');
    expect(screen.getByRole('combobox', { name: 'Tema' })).toHaveAccessibleDescription(
      'Lo fija la política de tu organización; no se puede cambiar aquí.',
    );
  });

  it('no English is left outside names and marked data', async () => {
    await updateSite('claude', { panel: false, alwaysExpanded: true, pasteNudge: false });
    await fakeBrowser.storage.managed.set({
      orgName: 'Acme Corp',
      notes: { chatgpt: { text: 'Approved', level: 'info' }, gemini: { text: 'Ask first', level: 'nope' } },
      defaults: { corner: 'bottom-left' },
      lockedSettings: ['staleDays', 'language'],
      lockedTools: ['claude'],
      extraTools: [orgTool(), orgTool({ id: 'acme-internal', name: 'Acme Internal', match: [{ host: 'ai.acme-corp.com' }] })],
    });
    const { container } = render(<App />, { locale: 'es' });
    await screen.findByRole('region', { name: 'Gestionado por Acme Corp' });
    await userEvent.click(screen.getByRole('button', { name: 'Restablecer todos los sitios…' }));
    const text = unmarkedText(container);
    // Every English message of the options catalog, cut at its placeholders into runs long enough to be words.
    const runs = Object.values(en)
      .flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)))
      .flatMap((m) => m.split(/\{\w+\}/))
      .map((r) => r.trim())
      .filter((r) => r.length >= 6 && !/^[\s\p{P}]*Caveat Lens[\s\p{P}]*$/u.test(r));
    const escape = (r: string) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Whole words only: "Cancel" is inside "Cancelar".
    expect(runs.filter((r) => new RegExp(`(^|\\P{L})${escape(r)}($|\\P{L})`, 'u').test(text))).toEqual([]);
    // Attributes read out to screen readers, too.
    const labels = [...container.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')!);
    expect(labels).not.toContain(en['options.backup.file']);
    expect(labels).not.toContain(en['options.sites.confirmLabel']);
  });
});

describe('the first paint', () => {
  it('is in the language last chosen, before the settings are read (a cache in the pages’ localStorage)', async () => {
    await updateGlobal({ language: 'es' });
    const first = plainRender(
      <PageI18n>
        <App />
      </PageI18n>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Ajustes de Caveat Lens' });
    first.unmount();
    expect(localStorage.getItem('caveat-lens:language')).toBe('es');
    // Another page opens: its very first render already speaks Spanish, while the settings are still being read.
    plainRender(
      <PageI18n>
        <TitleProbe />
      </PageI18n>,
    );
    expect(screen.getByTestId('probe')).toHaveTextContent('Ajustes de Caveat Lens');
    expect(document.documentElement.lang).toBe('es');
  });

  it('ignores a cached value that is not a language', () => {
    localStorage.setItem('caveat-lens:language', 'klingon');
    plainRender(
      <PageI18n>
        <TitleProbe />
      </PageI18n>,
    );
    expect(screen.getByTestId('probe')).toHaveTextContent('Caveat Lens settings');
  });
});

function TitleProbe() {
  return <p data-testid="probe">{useWords().t('options.title')}</p>;
}
