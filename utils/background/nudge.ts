/**
 * Whether a sensitive paste matters on a tool, from its privacy data: what you send trains its
 * models by default, is kept a long time, or may be read by people. Pure.
 *
 * Training is a field of its own; retention and human review are sentences in the dataset, so
 * they are read by the narrow phrase rules below (tested against the whole dataset).
 */
import type { Tool } from '@/data/schema';
import { firstSentence } from './caveats';
import { SENSITIVE_KINDS } from '@/utils/panel/detectors';
import type { NudgeRisk, PanelNudge } from '@/utils/panel/panel-data';
import { EN, type I18n } from '@/utils/i18n/i18n';

const unknown = (s: string) => /^\s*(unknown|not (described|stated|addressed))\b/i.test(s);

/** A year or more, as long as the account lives, or no period at all ("until you delete it" is the user's own choice, so not counted). */
export function keptLong(retention: string): boolean {
  if (unknown(retention)) return false;
  for (const m of retention.matchAll(/(\d+)\s*(years?|months?)\b/gi)) {
    const n = Number(m[1]);
    if (m[2]!.toLowerCase().startsWith('year') ? n >= 1 : n >= 12) return true;
  }
  return /as long as (you have an account|(it is |reasonably )?(needed|necessary))|while (you have an account|the account is active)|no (fixed )?periods?\b|no period stated/i.test(
    retention,
  );
}

/** The data says people (staff, reviewers, contractors) may read conversations. */
export function readByPeople(humanReview: string): boolean {
  if (unknown(humanReview)) return false;
  return /^\s*yes\b|\bhuman review(ers?)?\b|\bmanual \(human\)|\bauthori[sz]ed [\w ]{0,40}?(staff|employees)\b|\bhuman reviewers\b/i.test(
    humanReview,
  );
}

/** What the tool's data says happens to what you send: the kinds of risk a sensitive paste runs here. */
export function nudgeRisks(privacy: Tool['privacy']): NudgeRisk[] {
  const risks: NudgeRisk[] = [];
  if (privacy.training.default === 'on') risks.push('training');
  if (keptLong(privacy.retention)) risks.push('retention');
  if (readByPeople(privacy.humanReview)) risks.push('review');
  return risks;
}

/**
 * The opt-out route for a notice: asides in brackets dropped, then as many whole sentences as fit
 * in `max` characters. The card's privacy line and the checklist keep all of it.
 */
export function shortRoute(text: string, max = 280): string {
  const plain = text.replace(/\s*\([^)]*\)/g, '');
  let out = '';
  for (const sentence of plain.split(/(?<=\.)\s+/)) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (next.length > max) break;
    out = next;
  }
  return out || firstSentence(plain, max);
}

export function nudgeFor(tool: Pick<Tool, 'name' | 'vendor' | 'privacy'>, i18n: I18n = EN): PanelNudge | undefined {
  const risks = nudgeRisks(tool.privacy);
  if (!risks.length) return undefined;
  const { training, optOutHow } = tool.privacy;
  return {
    risks,
    caveat: risks.map((r) => i18n.t(`nudge.${r}`, { tool: tool.name, vendor: tool.vendor })).join(' '),
    // What each detector finds, in words: sent with the nudge so the page carries no word list.
    kindWords: SENSITIVE_KINDS.map((k) => i18n.t(`kind.${k}`)),
    ...(training.default === 'on' && !unknown(optOutHow) ? { optOut: shortRoute(optOutHow) } : {}),
  };
}
