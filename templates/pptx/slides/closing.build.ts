// Closing slide, laid out: the contact lines, the website, and a QR code panel with its caption.
import type { Publication } from '../../../scripts/model.ts';
import { bold, type Context, plainParagraph } from '../derive/context.ts';
import { mustFit } from '../derive/fit.ts';
import type { Run } from '../../shared/measure.ts';
import type { DeckSlide, TextParagraph } from '../slide-model.ts';
import { GRID } from '../theme.ts';

/** A talk's own closing slide: its title over the contact lines its author wrote, and what the speaker says. */
export interface AuthoredClosing {
  title: Run[];
  lines: TextParagraph[];
  notes: string[];
}

export function closingSlide(
  ctx: Context,
  publication: Publication,
  lang: string,
  authored: AuthoredClosing | null = null,
): DeckSlide {
  const { brand, labels } = publication;
  const { sizes, spacing } = ctx.theme;
  const label = mustFit(
    ctx,
    [plainParagraph(authored ? authored.title : bold(labels.contact))],
    authored
      ? {
          box: {
            x: GRID.marginX,
            y: GRID.closingLabelY,
            w: GRID.closingTextWidth,
            h: GRID.closingTitleHeight,
          },
          font: 'heading',
          sizes: { max: sizes.title, min: sizes.titleFloor },
          lineSpacing: spacing.title,
          valign: 'top',
        }
      : {
          box: {
            x: GRID.marginX,
            y: GRID.closingLabelY,
            w: GRID.closingTextWidth,
            h: GRID.closingLabelHeight,
          },
          font: 'heading',
          sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
          lineSpacing: spacing.body,
        },
    authored ? 'the closing slide’s title' : 'the contact label',
  );
  const contact = brand.contact.length > 0 ? brand.contact : [brand.name];
  const website = brand.websiteLabel;
  const written =
    authored?.lines ?? contact.map((line, i) => plainParagraph(i === 0 ? bold(line) : [{ text: line }]));
  const writtenText = written.map((p) => p.runs.map((r) => r.text).join(''));
  const paragraphs: TextParagraph[] = [
    ...written,
    ...(writtenText.some((line) => line.replace(/^www\./, '') === website)
      ? []
      : [plainParagraph([{ text: website, bold: true, link: brand.website }])]),
  ];
  const linesTop = authored ? label.box.y + label.height + GRID.closingTitleGap : GRID.closingTextY;
  const lines = mustFit(
    ctx,
    paragraphs,
    {
      box: {
        x: GRID.marginX,
        y: linesTop,
        w: GRID.closingTextWidth,
        h: GRID.closingTextBottom - linesTop,
      },
      font: 'body',
      sizes: authored
        ? { max: sizes.body, min: sizes.bodyFloor }
        : { max: sizes.title, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
      spaceBefore: spacing.bulletSpaceBefore,
    },
    'the contact lines',
  );
  const panel = { x: GRID.qrPanelX, y: GRID.qrPanelY, w: GRID.qrPanelSize, h: GRID.qrPanelSize };
  const inner = GRID.qrPanelSize - 2 * GRID.qrQuietZone;
  const qr = {
    text: brand.website,
    panel,
    box: { x: panel.x + GRID.qrQuietZone, y: panel.y + GRID.qrQuietZone, w: inner, h: inner },
  };
  const scan = mustFit(
    ctx,
    [plainParagraph([{ text: labels.scanToVisit }])],
    {
      box: {
        x: panel.x - GRID.qrCaptionOverhang,
        y: panel.y + panel.h + GRID.qrCaptionGap,
        w: panel.w + 2 * GRID.qrCaptionOverhang,
        h: GRID.bodyBottom - (panel.y + panel.h + GRID.qrCaptionGap),
      },
      font: 'body',
      sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
      align: 'center',
    },
    'the QR caption',
  );
  const notes = authored?.notes.length ? authored.notes : [labels.contact, ...contact, brand.website];
  return { kind: 'closing', lang, notes, label, lines, qr, scan };
}
