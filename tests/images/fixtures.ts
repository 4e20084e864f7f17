// Test images made on the spot: a phone photo with its GPS position and camera in EXIF.
import sharp from 'sharp';

export async function photoWithGps(width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#A3123A' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Camera 1', Artist: 'A. Name' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 13/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '4/1 24/1 0/1',
      },
    })
    .toBuffer();
}

/** Whether EXIF data holds the pointer to a GPS block (tag 0x8825, in either byte order). */
export function hasGpsTag(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const littleEndian = exif.includes(Buffer.from('II*\0'));
  return exif.includes(Buffer.from(littleEndian ? [0x25, 0x88] : [0x88, 0x25]));
}
