import { Text } from '@react-pdf/renderer';
import type { Publication } from '../../scripts/model.ts';
import { mm } from '../shared/units.ts';
import { editionContentHash } from './content-hash.ts';
import { trimOrigin, type Sheet } from './sheet.ts';

/** The slug line's size: small, as a printer's own slug lines are. */
const SLUG_TYPE_SIZE = 6;
/** From the trim's left edge, clear of the crop mark below it. */
const SLUG_LINE_INDENT = mm(4);
/** Below the bleed's edge, to the slug line's top. */
const SLUG_LINE_DROP = mm(1.5);

/** What the slug line says: the edition, its language, its content hash and the sheet's sizes. */
export function slugLineText(
  publication: Publication,
  trim: { width: number; height: number },
  sheet: Sheet,
) {
  const { brand, edition } = publication;
  const size = (v: number) => (Math.round((v * 25.4 * 10) / 72) / 10).toString();
  return [
    brand.name,
    edition.id,
    edition.lang,
    `content ${editionContentHash(edition)}`,
    `trim ${size(trim.width)} × ${size(trim.height)} mm`,
    `bleed ${size(sheet.bleed)} mm`,
  ].join('  ·  ');
}

/** The slug line, in the slug below the page, outside the bleed: lost with the slug when the sheet is cut. */
export function SlugLine({
  publication,
  trim,
  sheet,
  fontFamily,
}: {
  publication: Publication;
  trim: { width: number; height: number };
  sheet: Sheet;
  fontFamily: string | string[];
}) {
  if (sheet.slug === 0) return null;
  const origin = trimOrigin(sheet);
  const text = slugLineText(publication, trim, sheet);
  return (
    <Text
      fixed
      style={{
        position: 'absolute',
        left: origin + SLUG_LINE_INDENT,
        width: trim.width - 2 * SLUG_LINE_INDENT,
        // Set from the foot: react-pdf moves a node whose top lies past the page's content to a page of its own.
        bottom: sheet.slug - SLUG_LINE_DROP - SLUG_TYPE_SIZE,
        fontFamily,
        fontSize: SLUG_TYPE_SIZE,
        color: '#000000',
      }}
    >
      {/* Static text: a second render prop on a page (beside the folio's) shortened every page's flow. */}
      {text}
    </Text>
  );
}
