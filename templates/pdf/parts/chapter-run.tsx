// Chapters follow one another in one flow. A chapter opens on a new page, unless the page the previous chapter
// ends on would otherwise stay mostly empty: then it runs on below it. The layout decides, at a break point
// before the opener that asks for most of a page below it (react-pdf's minPresenceAhead, which the paginate
// patch makes hold before a container too).
import { View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { PdfTheme } from '../theme.ts';

/** A chapter runs on below the previous one only where that page would otherwise be less full than this. */
export const RUN_ON_BELOW = 1 / 3;
/** No body page is less full than this. */
export const QUARTER = 0.25;

export function ChapterRun({
  theme,
  first,
  children,
}: {
  theme: PdfTheme;
  first: boolean;
  children: ReactNode;
}) {
  if (first) return <>{children}</>;
  const body = theme.page.height - theme.margin.top - theme.margin.bottom;
  // Only a margin above it: the layout drops a margin at the top of a page, so an opener on a new page stands
  // where it always has.
  return (
    <>
      <View minPresenceAhead={body * (1 - RUN_ON_BELOW)} style={{ marginTop: theme.runOn.above }} />
      {children}
    </>
  );
}
