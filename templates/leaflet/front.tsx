// The front panel: the chapter's title as a headline, its summary as the lead, and a foot with the logo and
// the website over a hairline. The headline's size is measured against the same styles the panel draws.
import { Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../scripts/model.ts';
import { largestSize } from '../shared/fit.ts';
import { linesOf } from '../react-pdf/fit-text.ts';
import { Logo } from '../react-pdf/logo.tsx';
import { withPlaceholders } from '../react-pdf/placeholder.tsx';
import { bindLastWords, TITLE_BOUND_MAX_LETTERS } from '../react-pdf/runts.ts';
import { inlineText } from '../shared/text.ts';
import { noHyphenation, type Ink } from './context.ts';
import { fitWords, type FitScope } from '../react-pdf/fit-words.ts';
import type { Panel } from './panels.ts';
import { inkOn, type LeafletTheme } from './theme.ts';

/** Room kept free above the front's rule, in lines of the lead: a line breaker may need one more than counted. */
const FRONT_SPARE_LINES = 0.5;
/** The least the front headline may shrink to, as a share of its designed size. */
const HEADLINE_MIN_SHARE = 0.7;
/** The lead is set in the text face's regular weight. */
const LEAD_WEIGHT = 400;

/** The front's styles: what the panel draws, and what its headline's fit measures. */
function frontStyles(theme: LeafletTheme, ink: Ink) {
  return {
    headline: (fontSize: number) => ({
      fontFamily: theme.font.display,
      fontWeight: theme.weight.black,
      fontSize,
      lineHeight: theme.headingLeading,
      color: ink.heading,
    }),
    lead: {
      fontFamily: theme.font.text,
      fontWeight: LEAD_WEIGHT,
      fontSize: theme.size.lead,
      lineHeight: theme.leading,
      color: ink.text,
      marginTop: theme.gap,
    },
    foot: {
      flexDirection: 'row' as const,
      justifyContent: 'space-between' as const,
      alignItems: 'flex-end' as const,
      borderTopWidth: theme.hairline,
      borderTopColor: ink.text,
      paddingTop: theme.gap,
    },
    /** The foot's tallest item: the logo. */
    footContentHeight: theme.logoHeight,
    website: {
      fontFamily: theme.font.display,
      fontWeight: theme.weight.bold,
      fontSize: theme.size.body,
      color: ink.text,
    },
  };
}

export function FrontContent({
  panel,
  publication,
  theme,
  box,
  fit,
}: {
  panel: Panel;
  publication: Publication;
  theme: LeafletTheme;
  box: { width: number; height: number };
  fit: FitScope;
}) {
  const { brand } = publication;
  const ink = inkOn(theme, panel.id);
  const styles = frontStyles(theme, ink);
  const headlineSize = frontHeadlineSize(panel, publication, styles, theme, box);
  return (
    <>
      <Text
        role="H1"
        hyphenationCallback={fitWords(fit, noHyphenation, {
          face: 'display',
          weight: theme.weight.black,
          size: headlineSize,
          at: panel.at,
          what: 'the title',
        })}
        style={styles.headline(headlineSize)}
      >
        {bindLastWords(inlineText(panel.heading), TITLE_BOUND_MAX_LETTERS)}
      </Text>
      {panel.lead ? (
        <Text
          role="P"
          hyphenationCallback={fitWords(fit, noHyphenation, {
            face: 'text',
            weight: LEAD_WEIGHT,
            size: theme.size.lead,
            at: panel.leadAt ?? panel.at,
            what: 'the summary',
          })}
          style={styles.lead}
        >
          {withPlaceholders(bindLastWords(panel.lead))}
        </Text>
      ) : null}
      <View style={{ flexGrow: 1 }} />
      <View style={styles.foot}>
        {brand.logo ? <Logo logo={brand.logo} height={theme.logoHeight} color={ink.text} /> : <View />}
        <Text role="P" style={styles.website}>
          {brand.websiteLabel}
        </Text>
      </View>
    </>
  );
}

/**
 * The front's headline size: as designed when the headline and the lead fit above the rule with the logo,
 * smaller when a language makes them longer (French ran the lead onto the rule).
 */
function frontHeadlineSize(
  panel: Panel,
  publication: Publication,
  styles: ReturnType<typeof frontStyles>,
  theme: LeafletTheme,
  box: { width: number; height: number },
): number {
  const { fonts } = publication.brand;
  const { lead: leadStyle, foot: footStyle } = styles;
  const foot = styles.footContentHeight + footStyle.paddingTop + footStyle.borderTopWidth;
  const leadLines = panel.lead
    ? linesOf(panel.lead, fonts.base, leadStyle.fontWeight, leadStyle.fontSize, box.width)
    : 0;
  const lead = panel.lead
    ? leadStyle.marginTop + (leadLines + FRONT_SPARE_LINES) * leadStyle.fontSize * leadStyle.lineHeight
    : 0;
  const headline = bindLastWords(inlineText(panel.heading), TITLE_BOUND_MAX_LETTERS);
  const fits = (size: number) => {
    const style = styles.headline(size);
    const lines = linesOf(headline, fonts.headings, style.fontWeight, size, box.width);
    return lines * size * style.lineHeight + lead + foot <= box.height;
  };
  return largestSize(theme.size.headline, theme.size.headline * HEADLINE_MIN_SHARE, fits);
}
