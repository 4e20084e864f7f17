// Title slide, laid out: the edition title above the subtitle (or tagline), the organisation and website in
// the band at the foot.
import type { Publication } from '../../../scripts/model.ts';
import { bold, type Context, plainParagraph } from '../derive/context.ts';
import { mustFit } from '../derive/fit.ts';
import type { DeckSlide } from '../slide-model.ts';
import { GRID, SLIDE } from '../theme.ts';

export function titleSlide(ctx: Context, publication: Publication, lang: string): DeckSlide {
  const { edition, brand } = publication;
  const { sizes, spacing } = ctx.theme;
  const logoSpace = brand.logo ? 0 : GRID.titleSlideLogoHeight;
  const title = mustFit(
    ctx,
    [plainParagraph(bold(edition.title))],
    {
      box: {
        x: GRID.marginX,
        y: GRID.titleSlideTextY - logoSpace,
        w: GRID.contentWidth,
        h: GRID.titleSlideTextHeight * GRID.titleSlideTitleShare + logoSpace,
      },
      font: 'heading',
      sizes: { max: sizes.display, min: sizes.titleFloor },
      lineSpacing: spacing.title,
      valign: 'bottom',
    },
    'the edition title',
  );
  const subtitleText = edition.subtitle ?? brand.tagline;
  const subtitleBox = {
    x: GRID.marginX,
    y: title.box.y + title.box.h + GRID.titleSlideSubtitleGap,
    w: GRID.titleSlideSubtitleWidth,
    h: GRID.bandY - GRID.titleSlideBandGap - (title.box.y + title.box.h + GRID.titleSlideSubtitleGap),
  };
  const subtitle = subtitleText
    ? mustFit(
        ctx,
        [plainParagraph([{ text: subtitleText }])],
        {
          box: subtitleBox,
          font: 'body',
          sizes: { max: sizes.body, min: sizes.bodyFloor },
          lineSpacing: spacing.body,
        },
        'the subtitle',
      )
    : null;
  const bandText = {
    y: GRID.bandY + GRID.bandTextInset,
    h: SLIDE.height - GRID.bandY - 2 * GRID.bandTextInset,
  };
  const half = GRID.contentWidth / 2;
  const organisation = mustFit(
    ctx,
    [plainParagraph(bold(brand.name))],
    {
      box: { x: GRID.marginX, ...bandText, w: half },
      font: 'heading',
      sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
      valign: 'middle',
    },
    'the organisation name',
  );
  const website = mustFit(
    ctx,
    [plainParagraph([{ text: brand.websiteLabel, link: brand.website }])],
    {
      box: { x: GRID.marginX + half, ...bandText, w: half },
      font: 'body',
      sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
      align: 'right',
      valign: 'middle',
    },
    'the website',
  );
  const notes = [
    edition.title,
    ...(edition.subtitle ? [edition.subtitle] : []),
    ...(brand.tagline ? [brand.tagline] : []),
    brand.website,
  ];
  return { kind: 'title', lang, notes, title, subtitle, organisation, website };
}
