/**
 * `npm run bench`: what the extension costs, measured on this machine in one run.
 *   sizes        each built script raw and gzip (content script, popup, background)
 *   script time  main-thread time in the content script's own code, from CDP CPU profiles
 *                (samples whose frame is a chrome-extension:// script), median of N fresh tabs
 *   panel        panel visible after DOMContentLoaded (main-world rAF probe), median of N tabs
 *   load         page `load` event with vs without the extension, alternating A/B over N pairs,
 *                as a ratio of medians
 *   non-tool     extension script worlds created on https://example.org/ (must be 0)
 * Prints a table, writes docs/bench.json (or --out=FILE). `--check` asserts every budget (exit 1 on a miss);
 * `--sizes` measures and checks sizes only (CI: sizes fail the build, timings only print).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { EXTENSION_DIR, launch, type Harness } from '../tests/e2e/harness/browser.ts';

const args = process.argv.slice(2);
const CHECK = args.includes('--check');
const SIZES_ONLY = args.includes('--sizes');
const N = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 10);
const OUT = args.find((a) => a.startsWith('--out='))?.slice(6) ?? 'docs/bench.json';
const TOOL_URL = 'https://chatgpt.com/';

/**
 * Budgets. The content-script size budget of the performance issue is 60 KB gzip with React;
 * React 19's react-dom client alone minifies to ~67 KB gzip, so the enforced ceiling is the
 * measured size plus a little headroom (a guard against regressions), and the 60 KB target
 * is reported next to it. See README "Performance".
 */
export const BUDGETS = {
  contentGzipKb: 86,
  contentGzipTargetKb: 60,
  scriptMs: 25,
  panelMs: 100,
  loadRatio: 1.03,
  nonToolScripts: 0,
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

function sizeOf(files: string[]) {
  const bufs = files.map((f) => readFileSync(join(EXTENSION_DIR, f)));
  return { files, raw: kb(bufs.reduce((n, b) => n + b.length, 0)), gzip: kb(bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0)) };
}
/** A page's scripts: its entry and every chunk it preloads. */
function pageScripts(html: string): string[] {
  const text = readFileSync(join(EXTENSION_DIR, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
}
function measureSizes() {
  const content = readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js'));
  return {
    ...Object.fromEntries(content.map((f) => [`content-scripts/${f}`, sizeOf([`content-scripts/${f}`])])),
    popup: sizeOf(pageScripts('popup.html')),
    background: sizeOf(['background.js']),
  };
}

/** Self time (ms) of the extension's own frames in one page load, from a CDP CPU profile. */
async function scriptTime(h: Harness): Promise<number> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(TOOL_URL, { waitUntil: 'load' });
  await page.locator('caveat-lens [role="complementary"]').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300); // the placement passes after the first frames
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { url: string } }>; samples: number[]; timeDeltas: number[] } };
  const ext = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (ext.has(id)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  await page.close();
  return us / 1000;
}

/** Milliseconds from DOMContentLoaded to the panel being in the page. */
async function panelTime(h: Harness): Promise<number> {
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __panelAt?: number };
    const probe = () => {
      if (document.querySelector('caveat-lens')?.shadowRoot?.querySelector('[role="complementary"]')) w.__panelAt = performance.now();
      else requestAnimationFrame(probe);
    };
    requestAnimationFrame(probe);
  });
  await page.goto(TOOL_URL, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __panelAt?: number }).__panelAt !== undefined, null, { timeout: 10_000 });
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return (window as unknown as { __panelAt: number }).__panelAt - nav.domContentLoadedEventEnd;
  });
  await page.close();
  return ms;
}

async function loadTime(h: Harness, url: string): Promise<number> {
  const page = await h.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
  await page.close();
  return ms;
}

async function extensionWorlds(h: Harness, url: string): Promise<number> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  let worlds = 0;
  cdp.on('Runtime.executionContextCreated', (e: { context: { origin: string } }) => {
    if (e.context.origin.startsWith('chrome-extension://')) worlds++;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  await page.close();
  return worlds;
}

const sizes = measureSizes();
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(require_mem() / 2 ** 30)} GiB, ${browserVersion()}`,
  runs: N,
  sizes,
};
function require_mem() {
  return Number(readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s+(\d+)/)?.[1] ?? 0) * 1024;
}
function browserVersion() {
  try {
    return execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

if (!SIZES_ONLY) {
  const withExt = await launch();
  const without = await launch({ withExtension: false });
  try {
    for (let i = 0; i < 2; i++) {
      await loadTime(withExt, TOOL_URL); // warm both browsers' caches and code
      await loadTime(without, TOOL_URL);
    }
    const script: number[] = [];
    const panel: number[] = [];
    for (let i = 0; i < N; i++) script.push(await scriptTime(withExt));
    for (let i = 0; i < N; i++) panel.push(await panelTime(withExt));
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < N; i++) {
      // Alternate which goes first so drift hits both alike.
      if (i % 2) {
        b.push(await loadTime(without, TOOL_URL));
        a.push(await loadTime(withExt, TOOL_URL));
      } else {
        a.push(await loadTime(withExt, TOOL_URL));
        b.push(await loadTime(without, TOOL_URL));
      }
    }
    results.scriptMs = { median: median(script), samples: script };
    results.panelAfterDclMs = { median: median(panel), samples: panel };
    results.loadMs = { with: median(a), without: median(b), ratio: median(a) / median(b), samplesWith: a, samplesWithout: b };
    results.nonToolScripts = await extensionWorlds(withExt, 'https://example.org/');
    results.toolScripts = await extensionWorlds(withExt, TOOL_URL);
  } finally {
    await withExt.close();
    await without.close();
  }
}

// ---- report ----
const rows: Array<[string, string, string, boolean | null]> = [];
for (const [name, s] of Object.entries(sizes)) {
  const isContent = name.startsWith('content-scripts/');
  rows.push([`size ${name}`, `${s.raw} KB raw, ${s.gzip} KB gzip`, isContent ? `≤ ${BUDGETS.contentGzipKb} KB gzip (target ${BUDGETS.contentGzipTargetKb})` : '', isContent ? s.gzip <= BUDGETS.contentGzipKb : null]);
}
if (!SIZES_ONLY) {
  const r = results as any;
  rows.push(['content-script main-thread time', `${r.scriptMs.median.toFixed(1)} ms median (CDP CPU profile)`, `≤ ${BUDGETS.scriptMs} ms`, r.scriptMs.median <= BUDGETS.scriptMs]);
  rows.push(['panel after DOMContentLoaded', `${r.panelAfterDclMs.median.toFixed(1)} ms median`, `≤ ${BUDGETS.panelMs} ms`, r.panelAfterDclMs.median <= BUDGETS.panelMs]);
  rows.push(['page load with / without', `${r.loadMs.with.toFixed(1)} / ${r.loadMs.without.toFixed(1)} ms = ${r.loadMs.ratio.toFixed(3)}`, `≤ ${BUDGETS.loadRatio}`, r.loadMs.ratio <= BUDGETS.loadRatio]);
  rows.push(['extension scripts on example.org', String(r.nonToolScripts), `= ${BUDGETS.nonToolScripts}`, r.nonToolScripts === BUDGETS.nonToolScripts]);
  rows.push(['extension scripts on chatgpt.com', String(r.toolScripts), '(for contrast)', null]);
}
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log(`Caveat Lens bench — ${results.machine}; ${N} runs each\n`);
for (const [a, b, c, ok] of rows) console.log(`${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c.padEnd(w[2]!)}  ${ok === null ? '' : ok ? 'ok' : 'OVER BUDGET'}`);
if (!SIZES_ONLY) writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

// Sizes always gate; timings gate only with --check (machines are noisy).
const misses = rows.filter(([name, , , ok]) => ok === false && (CHECK || name.startsWith('size ')));
if (misses.length) {
  console.error(`\n${misses.length} budget(s) missed: ${misses.map((m) => m[0]).join('; ')}`);
  process.exit(1);
}
