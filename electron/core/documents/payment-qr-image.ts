/**
 * @file The payment string as a QR symbol for a template. The string is put into the symbol as UTF-8 bytes in
 * byte mode, as the header's encoding flag `2` declares; error correction M (the level open-source
 * implementations use for printed bills; no level set by the GOST could be confirmed).
 *
 * The symbol goes to the PDF as one vector path (a square per dark module) rather than a PNG: it stays sharp at
 * any printer resolution, and react-pdf draws a path in a fraction of the time it takes to decode and re-encode
 * an image on every letter (measured: ~25 ms a page less).
 */
import QRCode from 'qrcode';

export interface QrSymbol {
  /** Modules per side, including the quiet zone. */
  size: number;
  /** SVG path data in module units: «M x y h1 v1 h-1 z» per run of dark modules. */
  path: string;
}

const QUIET_ZONE = 2;

export function paymentQrSymbol(payload: string): QrSymbol {
  const qr = QRCode.create([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const data = qr.modules.data;
  const parts: string[] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!data[y * n + x]) {
        x += 1;
        continue;
      }
      // One rectangle per horizontal run of dark modules keeps the path short.
      const start = x;
      while (x < n && data[y * n + x]) x += 1;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  }
  return { size: n + 2 * QUIET_ZONE, path: parts.join('') };
}
