import type { Segment } from '@/utils/i18n/format';

/** Text in the user's language with the dataset's English runs marked `lang="en"`, so screen readers pronounce them right. */
export function Segments({ text }: { text: readonly Segment[] }) {
  return (
    <>
      {text.map((s, i) =>
        typeof s === 'string' ? (
          s
        ) : (
          <span key={i} lang="en">
            {s.en}
          </span>
        ),
      )}
    </>
  );
}
