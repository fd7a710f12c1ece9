// The popup and the compare page in Spanish: the extension's words from the catalog, the dataset's
// notes left in English and marked so (lang="en"), tool and vendor names kept (translate="no").
import { activeTab } from './active-tab';
import { render, screen, waitFor, within } from './render';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App as Compare } from '@/entrypoints/compare/App';
import { App as Popup } from '@/entrypoints/popup/App';
import en from '@/locales/en';
import es from '@/locales/es';

function at(path: string) {
  window.history.replaceState(null, '', path);
}
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The page's own text, one line per text node and attribute: everything outside the dataset's English and the kept names. */
function ownText(root: HTMLElement = document.body): string {
  const clone = root.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[lang="en"], [translate="no"]').forEach((el) => el.remove());
  const lines: string[] = [];
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) lines.push(walker.currentNode.textContent ?? '');
  for (const el of clone.querySelectorAll('*'))
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) if (el.hasAttribute(name)) lines.push(el.getAttribute(name)!);
  return lines.join('\n');
}

/** English catalog phrases (the literal runs between placeholders) that Spanish words differently. */
const englishOnly = Object.entries(en).flatMap(([key, message]) => {
  const esMessage = JSON.stringify(es[key as keyof typeof es]);
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return forms
    .flatMap((f) => f.split(/\{\w+\}/))
    .map((run) => run.trim())
    .filter((run) => run.length >= 4 && !esMessage.includes(run));
});

/** None of those phrases, as whole words (a tool named in a sentence, "Añadir NotebookLM", is not the word "Notebook"). */
function expectNoEnglishCatalogText(text: string) {
  expect(englishOnly.length).toBeGreaterThan(100);
  const found = (run: string) => new RegExp(`(^|\\W)${run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\W)`).test(text);
  expect(englishOnly.filter(found)).toEqual([]);
}

describe('popup in Spanish', () => {
  it('the tool view: Spanish words, English notes marked lang="en", one line saying facts are in English', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
    await activeTab('https://chatgpt.com/c/1');
    at('/popup.html');
    render(<Popup />, { locale: 'es' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ChatGPT' })).toHaveAttribute('translate', 'no');
    expect(screen.getByRole('heading', { name: 'Lista de comprobación' })).toBeInTheDocument();
    expect(screen.getByText('Los datos de las herramientas están escritos en inglés.')).toBeInTheDocument();
    expect(screen.getAllByText('Los datos de las herramientas están escritos en inglés.')).toHaveLength(1);

    // The last-checked line: an absolute day in <time>, then how long ago, both in Spanish.
    const meta = screen.getByText(/comprobado el/, { selector: '.tool-meta' });
    expect(meta).toHaveTextContent('Asistente de chat');
    expect(meta).toHaveTextContent(/comprobado el \d{1,2} [a-z]+ 2026 \((hace \d+ días|ayer|hoy|el mes pasado)\)$/);
    expect(meta.querySelector('time')).toHaveAttribute('dateTime', expect.stringMatching(/^2026-\d\d-\d\d$/));

    // Rows by their Spanish names; notes stay English and say so.
    const list = screen.getByRole('list', { name: 'Lista de comprobación de ChatGPT' });
    const row = within(list).getByRole('button', { name: /^Tipo de contenido (Bien|Precaución|Riesgo|Desconocido)/ });
    await userEvent.click(row);
    const details = document.getElementById(row.getAttribute('aria-controls')!)!;
    expect(details.querySelector('.row-note')).toHaveAttribute('lang', 'en');
    expect(details).toHaveTextContent(/comprobado el \d{1,2} [a-z]+ 2026/);
    expect(document.querySelector('.tool-summary')).toHaveAttribute('lang', 'en');
    for (const note of document.querySelectorAll('.row-note, .row-short, .bullets, .changelog li > span:last-of-type'))
      expect(note.closest('[lang="en"]')).not.toBeNull();

    // Details: labels and fixed vocabularies in Spanish, prices through the Spanish formats.
    expect(screen.getByRole('region', { name: 'Privacidad' })).toHaveTextContent('Entrena con tus entradas');
    const pricing = screen.getByRole('region', { name: 'Precios' });
    expect(within(pricing).getByRole('columnheader', { name: 'Precio' })).toBeInTheDocument();
    expect(pricing).toHaveTextContent(/US\$\/mes/);
    expect(screen.getByRole('region', { name: 'Disponibilidad' })).toHaveTextContent(/Plataformas.*Web/);
    expect(screen.getByRole('region', { name: 'Registro de cambios' })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'En este sitio (ChatGPT)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Mostrar el panel' })).toBeChecked();
    expect(screen.getByRole('option', { name: 'Siempre completo' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Comparar herramientas' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('.alternatives li').length).toBeGreaterThan(0));
    expect(document.querySelector('.compare-link')).toHaveTextContent(/^comparar ChatGPT con /);

    expectNoEnglishCatalogText(ownText());
  });

  it('"Copy as Markdown" copies the Spanish table', async () => {
    at('/popup.html?tool=chatgpt');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Popup />, { locale: 'es' });
    await userEvent.click(await screen.findByRole('button', { name: 'Copiar como Markdown' }));
    const markdown = String(writeText.mock.calls[0]?.[0]);
    expect(markdown).toContain('| Característica/Consideración | Estado | Notas |');
    expect(markdown).toContain('| Tipo de contenido |');
    expect(await screen.findByText('Lista copiada como Markdown.')).toBeInTheDocument();
  });

  it('no tool on the page: the empty state and search in Spanish, found by the Spanish category word too', async () => {
    at('/popup.html');
    await activeTab('https://example.org/');
    render(<Popup />, { locale: 'es' });
    expect(await screen.findByRole('heading', { name: 'No se detectó ninguna herramienta de IA en esta página' })).toBeInTheDocument();
    const search = await screen.findByRole('searchbox', { name: 'Busca herramientas por nombre, proveedor, categoría o sitio' });
    expect(search).toHaveAttribute('placeholder', 'p. ej., Claude, Google, chatgpt.com');
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ herramientas$/);
    expect(screen.getByRole('heading', { name: 'Asistente de chat' })).toBeInTheDocument();
    expectNoEnglishCatalogText(ownText());

    await userEvent.type(search, 'música'); // "Audio y música": not a word of the dataset's own "audio/music"
    expect(screen.getByRole('status')).toHaveTextContent(/herramientas? encontradas?$/);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Audio y música']);
    expect(screen.getByRole('button', { name: /^ElevenLabs/ })).toBeInTheDocument();

    await userEvent.clear(search);
    await userEvent.type(search, 'zzzz');
    expect(screen.getByText('Ninguna herramienta coincide con «zzzz».')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 herramientas encontradas');
  });

  it('an unknown id, in Spanish', async () => {
    at('/popup.html?tool=nope');
    render(<Popup />, { locale: 'es' });
    expect(await screen.findByRole('heading', { name: 'Herramienta desconocida' })).toBeInTheDocument();
    expect(screen.getByText('No hay ninguna herramienta con el id «nope» en los datos. Elige una abajo.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajustes' })).toBeInTheDocument();
  });
});

describe('compare page in Spanish', () => {
  it('rows, statuses and buttons in Spanish; notes in English, marked lang="en"', async () => {
    at('/compare.html?tools=chatgpt,claude');
    render(<Compare />, { locale: 'es' });
    expect(screen.getByRole('heading', { level: 1, name: 'Comparar herramientas de IA' })).toBeInTheDocument();
    expect(document.title).toBe('Comparar herramientas de IA — Caveat Lens');
    const status = () => screen.getAllByRole('status')[0]; // the page's; the search has its own
    expect(status()).toHaveTextContent('Comparando ChatGPT, Claude.');
    expect(screen.getByText('Los datos de las herramientas están escritos en inglés.')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Característica/Consideración' })).toBeInTheDocument();
    const training = within(table).getByRole('rowheader', { name: 'Entrena con tus entradas' }).closest('tr')!;
    expect(within(training).getAllByText('Sí, por defecto: puedes desactivarlo en los ajustes')).toHaveLength(2);
    const row = within(table).getByRole('row', { name: /^Tipo de contenido/ });
    for (const note of within(row).getAllByText((_, el) => el?.classList.contains('row-note') ?? false))
      expect(note).toHaveAttribute('lang', 'en');
    expect(table).toHaveTextContent(/comprobado el \d{1,2} [a-z]+ 2026/);
    expectNoEnglishCatalogText(ownText());

    await userEvent.click(screen.getByRole('button', { name: 'Añadir Gemini' }));
    expect(status()).toHaveTextContent('Comparando ChatGPT, Claude, Gemini. Quita una para elegir otra.');
    expect(screen.getByRole('button', { name: 'Quitar Gemini' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('with no tool picked, asks in Spanish', () => {
    at('/compare.html');
    render(<Compare />, { locale: 'es' });
    expect(screen.getByText('Elige herramientas abajo para compararlas.')).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Aún no has elegido ninguna herramienta.');
    expect(screen.getAllByRole('status')[1]).toHaveTextContent(/^\d+ herramientas$/);
  });
});
