/**
 * HTTPS fixture server on 127.0.0.1: every host the browser is told to resolve
 * here gets a page that imitates an AI tool (transcript + prompt box fixed at the
 * bottom centre + send button). Variants through `?cl=` (combine with `+`):
 *   csp      strict CSP header: default-src 'self'; script-src 'self'; style-src 'self'
 *   hostile  aggressive global CSS: * { all: unset !important }, html { font-size: 8px }
 *   shadow   the prompt is a contenteditable editor in an open shadow root (fixtures/app.js)
 * Single-page navigation is always available: links marked data-spa use history.pushState.
 */
import { createServer, type Server } from 'node:https';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Certificates } from './cert.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'e2e', 'fixtures');
const ASSETS: Record<string, string> = {
  '/__fixture/app.js': 'text/javascript',
  '/__fixture/page.css': 'text/css',
  '/__fixture/hostile.css': 'text/css',
};

export interface FixtureServer {
  port: number;
  /** Every request seen, as "host/path?query". */
  requests: string[];
  close(): Promise<void>;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function fixturePage(host: string, variants: Set<string>): string {
  const template = readFileSync(join(FIXTURES, 'page.html'), 'utf8');
  return template
    .replaceAll('{{host}}', escapeHtml(host))
    .replace('{{hostile}}', variants.has('hostile') ? '<link rel="stylesheet" href="/__fixture/hostile.css">' : '');
}

/** Listens on `port` (0: any free port; Firefox tests need 443, see firefox.ts). */
export async function startFixtureServer(certs: Certificates, port = 0): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer({ key: certs.key, cert: certs.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push(`${host}${url.pathname}${url.search}`);
    const variants = new Set((url.searchParams.get('cl') ?? '').split(/[+ ]/).filter(Boolean));
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (variants.has('csp')) headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'";
    const asset = ASSETS[url.pathname];
    if (asset) {
      res.writeHead(200, { ...headers, 'content-type': asset });
      res.end(readFileSync(join(FIXTURES, url.pathname.replace('/__fixture/', ''))));
      return;
    }
    if (url.pathname === '/favicon.ico') {
      // No icon, and no 404 either: a 404 would put an error in the console tests watch.
      res.writeHead(204, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    res.end(fixturePage(host, variants));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
