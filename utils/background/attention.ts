/** A visit's reasons to speak up, from the tool and the recorded version. Pure. */
import { watchedChanges, WATCHED_FIELDS } from '@/data/changes';
import type { Source, Tool } from '@/data/schema';
import type { PanelAttention, PanelChange } from '@/utils/panel/panel-data';

/** The tool's own source for a watched fact: where to check the change. */
function sourceFor(tool: Tool, field: string): Source | undefined {
  switch (field) {
    case 'training':
    case 'retention':
      return tool.privacy.sources[0];
    case 'pricing':
      return tool.pricing.sources[0];
    case 'ownership':
      return tool.copyright.sources[0];
    case 'availability':
      return tool.availability.sources[0];
    default:
      return undefined;
  }
}

export function attentionFor(tool: Tool, seen: string | null): PanelAttention {
  const changes = watchedChanges(tool, seen).map((e): PanelChange => {
    const fields = (e.fields ?? []).filter((f) => WATCHED_FIELDS.includes(f));
    const src = sourceFor(tool, fields[0]!);
    return { date: e.date, text: e.change, fields, ...(src ? { source: { url: src.url, title: src.title } } : {}) };
  });
  return { firstVisit: seen === null, changes };
}
