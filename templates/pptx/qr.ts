// The website's QR code as rectangles to draw as vector shapes: every horizontal run of dark modules, and
// every vertical run of two or more, which overlap so that no hairline seam shows between rows when rendered.
import QRCode from 'qrcode';

export interface QrRun {
  row: number;
  column: number;
  /** Modules across. */
  width: number;
  /** Modules down. */
  height: number;
}

export function qrRuns(text: string): { size: number; runs: QrRun[] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      runs.push({ row, column: start, width: column - start, height: 1 });
    }
  }
  for (let column = 0; column < modules.size; column += 1) {
    let row = 0;
    while (row < modules.size) {
      if (!modules.get(row, column)) {
        row += 1;
        continue;
      }
      const start = row;
      while (row < modules.size && modules.get(row, column)) row += 1;
      if (row - start > 1) runs.push({ row: start, column, width: 1, height: row - start });
    }
  }
  return { size: modules.size, runs };
}
