import type { NoteLevel, PanelOrg } from '@/utils/panel/panel-data';
import { SourceLink } from './SourceLink';

/** In words, not colour alone. "Not approved" is wording only: Caveat Lens never blocks a site. */
export const ORG_LEVEL: Record<NoteLevel, string> = { info: 'Note', warning: 'Warning', blocked: 'Not approved' };

/** The organisation's note on a tool, set apart from the dataset's facts ("From <org>"). Panel and popup. */
export function OrgNote({ org }: { org: PanelOrg }) {
  const { note } = org;
  if (!note) return null;
  return (
    <section className={`cl-org cl-org-${note.level}`} aria-label={`From ${org.name}`}>
      <p className="cl-org-head">
        From {org.name} · {ORG_LEVEL[note.level]}
      </p>
      <p>{note.text}</p>
      {note.url && (
        <p>
          <SourceLink url={note.url}>{org.name}’s guidance</SourceLink>
        </p>
      )}
    </section>
  );
}
