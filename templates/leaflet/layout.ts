// The leaflet's geometry: a tri-fold (letter fold) of A4 landscape, printed on both sides.
//
//   outside (page 1)                      inside (page 2)
//   ┌────────┬─────────┬─────────┐        ┌─────────┬─────────┬────────┐
//   │  flap  │  back   │  front  │        │  left   │ middle  │ right  │
//   │  97 mm │ 100 mm  │ 100 mm  │        │ 100 mm  │ 100 mm  │  97 mm │
//   └────────┴─────────┴─────────┘        └─────────┴─────────┴────────┘
//
// Turned over on its short edge, the inside's right panel backs the flap: folded in first, it is 3 mm narrower
// so that it clears the fold of the front. A hand opens the front, sees the flap, then opens the flap.
import { mm } from '../shared/units.ts';
import { BLEED } from '../print/sheet.ts';

export const TRIM = { width: mm(297), height: mm(210) };
export { BLEED };
/** No text nearer than this to the trim or a fold (../shared/DESIGN.md says 4 mm; panels keep more). */
export const SAFE = mm(4);
export const PANEL_PADDING = { x: mm(9), top: mm(11), bottom: mm(10) };

export type PanelId = 'front' | 'flap' | 'insideLeft' | 'insideMiddle' | 'insideRight' | 'back';
export type Side = 'outside' | 'inside';

export interface PanelFrame {
  id: PanelId;
  side: Side;
  /** From the trim's left edge, in points. */
  x: number;
  width: number;
}

const NARROW = mm(97);
const WIDE = mm(100);

export const PANELS: readonly PanelFrame[] = [
  { id: 'flap', side: 'outside', x: 0, width: NARROW },
  { id: 'back', side: 'outside', x: NARROW, width: WIDE },
  { id: 'front', side: 'outside', x: NARROW + WIDE, width: WIDE },
  { id: 'insideLeft', side: 'inside', x: 0, width: WIDE },
  { id: 'insideMiddle', side: 'inside', x: WIDE, width: WIDE },
  { id: 'insideRight', side: 'inside', x: 2 * WIDE, width: NARROW },
];

/** The order a hand meets the panels: front, the flap, the inside spread, and the back last. */
export const READING_ORDER: readonly PanelId[] = [
  'front',
  'flap',
  'insideLeft',
  'insideMiddle',
  'insideRight',
  'back',
];

export function panelFrame(id: PanelId): PanelFrame {
  return PANELS.find((p) => p.id === id)!;
}

/** Where the folds of a side lie, from the trim's left edge. */
export function foldsOf(side: Side): number[] {
  return side === 'outside' ? [NARROW, NARROW + WIDE] : [WIDE, 2 * WIDE];
}

/** Photo heights: the front's fills its upper half, a panel's sits above its heading. */
export const PHOTO_HEIGHT = { front: mm(98), panel: mm(58) };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A panel's area on the page; with bleed, widened into the bleed on every side that is a trim edge.
 * `origin` is where the trim starts on the drawn page: the bleed, and the slug around it when printed.
 */
export function panelRect(frame: PanelFrame, bleed: number, height = TRIM.height, origin = bleed): Rect {
  const atLeft = frame.x === 0;
  const atRight = Math.abs(frame.x + frame.width - TRIM.width) < 0.01;
  const x = origin + frame.x - (atLeft ? bleed : 0);
  const width = frame.width + (atLeft ? bleed : 0) + (atRight ? bleed : 0);
  const runsToFoot = height >= TRIM.height;
  return { x, y: origin - bleed, width, height: height + bleed + (runsToFoot ? bleed : 0) };
}

/** A panel's photo: across its top, into the bleed above and at a trim edge beside it. */
export function photoRect(frame: PanelFrame, bleed: number, origin = bleed): Rect {
  return panelRect(frame, bleed, frame.id === 'front' ? PHOTO_HEIGHT.front : PHOTO_HEIGHT.panel, origin);
}
