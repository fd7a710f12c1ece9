// One tool, one date: the popup's "checked" date and staleness notice agree with the panel's.
import { render, screen } from './render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getTool } from '@/data/catalogue';
import { ToolView } from '@/components/ToolView';
import { panelFor } from '@/utils/background/caveats';
import { daysBetween, isStale, todayUtc } from '@/utils/format/dates';

afterEach(() => vi.useRealTimers());

// A claim the panel does not show (availability) is the tool's newest check.
const tool = structuredClone(getTool('chatgpt')!);
tool.availability.sources[0]!.checked = '2030-06-01';
const STALE_DAYS = 30;

function popupAt(day: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T12:00:00Z`));
  const view = render(
    <ToolView tool={tool} staleDays={STALE_DAYS} alternatives={[]} onSelectTool={() => {}} compareHref={() => ''} copy={async () => {}} />,
  );
  return {
    // The tool's line: "checked Jun 1, 2030 (last month)", the day itself machine-readable.
    date: screen.getByText(/checked/, { selector: '.tool-meta' }).querySelector('time')?.dateTime,
    stale: screen.queryByText(/These facts were last checked on/) !== null,
    unmount: view.unmount,
  };
}

describe('last checked', () => {
  it.each([
    ['the day the threshold is reached', 30, false],
    ['the day after', 31, true],
  ])('%s: the popup and the panel show the same date and the same staleness', (_name, daysLater, stale) => {
    const panel = panelFor(tool);
    const today = new Date(Date.parse('2030-06-01T00:00:00Z') + daysLater * 86_400_000).toISOString().slice(0, 10);
    expect(daysBetween(panel.lastChecked, today)).toBe(daysLater);
    const popup = popupAt(today);
    expect(todayUtc()).toBe(today);
    expect(popup.date).toBe('2030-06-01');
    expect(screen.getByText('Jun 1, 2030', { selector: '.tool-meta time' })).toBeInTheDocument();
    expect(panel.lastChecked).toBe(popup.date);
    // What the background computes for the panel (utils/background/answer.ts) and what the popup shows.
    expect(isStale(panel.lastChecked, today, STALE_DAYS)).toBe(stale);
    expect(popup.stale).toBe(stale);
    popup.unmount();
  });
});
