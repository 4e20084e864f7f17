import { Page, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { ReactNode } from 'react';
import type { Publication } from '../../scripts/model.ts';
import { sheetSize, type Sheet } from './sheet.ts';
import { SlugLine } from './slug-line.tsx';

/**
 * A page whose colour runs to its edges (a cover): on screen the trimmed page; for the press the colour and
 * everything in `style` run into the bleed, the slug beyond stays paper and carries the slug line.
 * `style` is the trimmed page's; its padding is widened by the bleed, so the content sits where it did.
 */
export function PressPage({
  publication,
  trim,
  sheet,
  background,
  padding,
  fontFamily,
  children,
}: {
  publication: Publication;
  trim: { width: number; height: number };
  sheet: Sheet;
  background: string;
  padding?: { top: number; bottom: number; left: number; right: number };
  fontFamily: string | string[];
  children: ReactNode;
}) {
  const size = sheetSize(trim, sheet);
  const inner: Style = { flexGrow: 1, backgroundColor: background };
  if (padding) {
    inner.paddingTop = padding.top + sheet.bleed;
    inner.paddingBottom = padding.bottom + sheet.bleed;
    inner.paddingLeft = padding.left + sheet.bleed;
    inner.paddingRight = padding.right + sheet.bleed;
  }
  if (sheet.slug === 0 && sheet.bleed === 0)
    return (
      <Page
        size={[size.width, size.height]}
        style={{ backgroundColor: background, ...(padding && paddingOf(padding)) }}
      >
        {children}
      </Page>
    );
  return (
    <Page size={[size.width, size.height]} style={{ padding: sheet.slug }}>
      <View style={inner}>{children}</View>
      <SlugLine publication={publication} trim={trim} sheet={sheet} fontFamily={fontFamily} />
    </Page>
  );
}

function paddingOf(p: { top: number; bottom: number; left: number; right: number }): Style {
  return { paddingTop: p.top, paddingBottom: p.bottom, paddingLeft: p.left, paddingRight: p.right };
}
