import { Path, Svg } from '@react-pdf/renderer';
import QRCode from 'qrcode';

/**
 * A QR code drawn as one vector path of its dark modules, with the quiet zone the standard asks for (four
 * modules), or none where a panel around it gives it one.
 */
export function QrCode({
  text,
  size,
  color,
  quiet = 4,
}: {
  text: string;
  size: number;
  color: string;
  quiet?: number;
}) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  const total = count + quiet * 2;
  return (
    <Svg viewBox={`0 0 ${total} ${total}`} style={{ width: size, height: size }}>
      <Path d={d} fill={color} />
    </Svg>
  );
}
