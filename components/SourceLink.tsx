import type { ReactNode } from 'react';
import type { Source } from '@/data/schema';
import { useWords } from '@/hooks/useI18n';

/** Only https links leave the extension, always in a new tab without an opener. */
export function safeHref(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function SourceLink({ url, children, className }: { url: string; children: ReactNode; className?: string }) {
  const href = safeHref(url);
  if (!href) return <span className={className}>{children}</span>;
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/**
 * A source's kind as the views word it. Text read through a copy (an archive, Open Terms
 * Archive, a mirror) says so and links the copy: "official text, read via <copy>".
 */
export function SourceKind({ source }: { source: Pick<Source, 'kind' | 'via'> }) {
  const { t } = useWords();
  if (!source.via) return <>{t(`sourceKind.${source.kind}`)}</>;
  return (
    <>
      {t(`source.via.${source.kind}`)}{' '}
      <SourceLink url={source.via.url} className="source-via">
        <span lang="en">{source.via.title}</span>
      </SourceLink>
    </>
  );
}
