// The leaflet: both sides of a tri-fold, twice. `leaflet.pdf` at the trim size for screens; `leaflet-print.pdf`
// with 3 mm of bleed and a slug around it holding crop and fold marks and a slug line, for the printer. Each
// panel is drawn by panel.tsx.
import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import type { ImageVariant, PreparedPublication, Publication } from '../../scripts/model.ts';
import { documentInfo } from '../react-pdf/document.ts';
import { registerFonts } from '../react-pdf/fonts.ts';
import type { Rendered } from '../rendered.ts';
import { LayoutFindings } from '../shared/findings.ts';
import { requireRenditions } from '../shared/images.ts';
import { finishForPrint } from '../print/marks.ts';
import { preflightReport, printPictures } from '../print/preflight.ts';
import { PRESS_SHEET, SCREEN_SHEET, sheetSize } from '../print/sheet.ts';
import { SlugLine } from '../print/slug-line.tsx';
import { PANELS, TRIM, foldsOf, type Side } from './layout.ts';
import { PanelView } from './panel.tsx';
import { leafletPanels, type Panel } from './panels.ts';
import { leafletTheme, type LeafletTheme } from './theme.ts';

const SIDES: readonly Side[] = ['outside', 'inside'];

export async function renderLeaflet(publication: PreparedPublication): Promise<Rendered> {
  requireRenditions(publication, ['screen', 'print']);
  registerFonts(publication.brand);
  const panels = leafletPanels(publication.edition.chapters);
  const theme = leafletTheme(publication.brand);
  const findings = new LayoutFindings();
  const draw = (variant: ImageVariant) =>
    renderToBuffer(
      <Leaflet
        publication={publication}
        panels={panels}
        theme={theme}
        variant={variant}
        findings={findings}
      />,
    );
  const screen = await draw('screen');
  const print = await finishForPrint(await draw('print'), {
    sheet: PRESS_SHEET,
    trim: TRIM,
    folds: (index) => foldsOf(SIDES[index] ?? 'outside'),
  });
  const preflight = await preflightReport(print, publication, printPictures(publication));
  return {
    data: screen,
    count: { pages: 2 },
    variants: [{ suffix: '-print', data: print, pages: 2, preflight }],
    findings: findings.all,
  };
}

interface LeafletProps {
  publication: Publication;
  panels: Panel[];
  theme: LeafletTheme;
  variant: ImageVariant;
  findings: LayoutFindings;
}

function Leaflet({ publication, panels, theme, variant, findings }: LeafletProps) {
  const sheet = variant === 'print' ? PRESS_SHEET : SCREEN_SHEET;
  const size = sheetSize(TRIM, sheet);
  return (
    <Document {...documentInfo(publication, publication.brand.name)} onRender={() => undefined}>
      {SIDES.map((side) => (
        <Page
          key={side}
          size={[size.width, size.height]}
          // On the press sheet the panels fill the bleed, and the slug stays paper.
          style={variant === 'screen' ? { backgroundColor: theme.color.background } : {}}
        >
          {PANELS.filter((frame) => frame.side === side).map((frame) => (
            <PanelView
              key={frame.id}
              frame={frame}
              panel={panels.find((p) => p.id === frame.id)!}
              publication={publication}
              theme={theme}
              variant={variant}
              sheet={sheet}
              findings={findings}
            />
          ))}
          <SlugLine publication={publication} trim={TRIM} sheet={sheet} fontFamily={theme.font.display} />
        </Page>
      ))}
    </Document>
  );
}
