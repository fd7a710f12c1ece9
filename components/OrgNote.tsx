import type { NoteLevel, PanelOrg } from '@/utils/panel/panel-data';
import { SourceLink } from './SourceLink';

// Word and icon as well as colour. "Not approved" is wording only: Caveat Lens never blocks a site.
const LEVEL: Record<NoteLevel, { label: string; icon: string }> = {
  info: { label: 'Note', icon: 'i' },
  warning: { label: 'Warning', icon: '!' },
  blocked: { label: 'Not approved', icon: '✕' },
};

export function orgLevelLabel(level: NoteLevel): string {
  return LEVEL[level].label;
}

/** The organisation's note on a tool, set apart from the dataset's facts ("From <org>"). Panel and popup. */
export function OrgNote({ org }: { org: PanelOrg }) {
  const { note } = org;
  if (!note) return null;
  const level = LEVEL[note.level];
  return (
    <section className={`cl-org cl-org-${note.level}`} aria-label={`From ${org.name}`}>
      <p className="cl-org-head">
        <span className="cl-org-from">From {org.name}</span>
        <span className="cl-org-level">
          <span aria-hidden="true">{level.icon}</span> {level.label}
        </span>
      </p>
      <p className="cl-org-text">{note.text}</p>
      {note.url && (
        <p className="cl-org-more">
          <SourceLink url={note.url}>{org.name}’s guidance</SourceLink>
        </p>
      )}
    </section>
  );
}
