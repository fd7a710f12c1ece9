import { useWords } from '@/hooks/useI18n';
import type { PanelOrg } from '@/utils/panel/panel-data';
import { SourceLink } from './SourceLink';

/**
 * The organisation's note on a tool, set apart from the dataset's facts ("From <org>"). Panel and popup.
 * Its level is in words, not colour alone; "Not approved" is wording only: Caveat Lens never blocks a site.
 */
export function OrgNote({ org }: { org: PanelOrg }) {
  const { t } = useWords();
  const { note } = org;
  if (!note) return null;
  return (
    <section className={`cl-org cl-org-${note.level}`} aria-label={t('panel.org.from', { org: org.name })}>
      <p className="cl-org-head">{t('panel.org.head', { org: org.name, level: t(`panel.org.${note.level}`) })}</p>
      <p>{note.text}</p>
      {note.url && (
        <p>
          <SourceLink url={note.url}>{t('panel.org.guidance', { org: org.name })}</SourceLink>
        </p>
      )}
    </section>
  );
}
