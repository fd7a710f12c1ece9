import type { ReactNode } from 'react';

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
