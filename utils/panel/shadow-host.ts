/**
 * The `<caveat-lens>` element: an open shadow root whose styles arrive as a
 * constructable stylesheet, which page CSP (`style-src 'self'`) does not govern
 * and page CSS cannot enter.
 */
export const HOST_TAG = 'caveat-lens';

export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
}

export function createShadowHost(doc: Document, toolId: string, css: string): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-tool-id', toolId);
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Engines without constructable stylesheets in this world: a <style> element.
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  const container = doc.createElement('div');
  root.append(container);
  return { host, container };
}

/** Removes every panel element, including ones left by an earlier (invalidated) copy of the script. */
export function removeAllHosts(doc: Document): void {
  for (const el of doc.querySelectorAll(HOST_TAG)) el.remove();
}
