// Closing slide: contact lines and website on the brand colour; the QR code, linked to the website, on a
// white panel.
import { Link, View } from '@react-pdf/renderer';
import type { SlideOf } from '../../pptx/slide-model.ts';
import { pt } from '../../shared/units.ts';
import { QrCode } from '../../react-pdf/qr-code.tsx';
import { hex, type PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { Block } from '../shapes.tsx';
import { frameText } from '../titles.ts';

export function drawClosing(s: SlideOf<'closing'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.label} tag="H2" color={colors.onPrimary} ctx={ctx} />
      <Frame frame={s.lines} tag="body" color={colors.onPrimary} ctx={ctx} />
      <Block box={s.qr.panel} color={colors.background} shape="roundRect" />
      {/* The QR code is the link's content; the link says where it goes, as the line under it does. */}
      <Link
        src={s.qr.text}
        alt={`${frameText(s.scan)}: ${s.qr.text}`}
        style={{ position: 'absolute', left: pt(s.qr.box.x), top: pt(s.qr.box.y), width: pt(s.qr.box.w) }}
      >
        <View>
          <QrCode text={s.qr.text} size={pt(s.qr.box.w)} color={hex(colors.foreground)} quiet={0} />
        </View>
      </Link>
      <Frame frame={s.scan} tag="P" color={colors.onPrimary} ctx={ctx} />
    </>
  );
}
