/**
 * The printed notice's QR code: the modules of `qr` (paulmillr/qr, MIT or
 * Apache-2.0, no dependencies) as one SVG path, drawn black on white with
 * a quiet zone of four modules. Loaded only when a notice is printed.
 */
import { encodeQR } from 'qr';

export interface QrCode {
  /** Modules per side, quiet zone included. */
  readonly size: number;
  /** The dark modules as an SVG path in module units. */
  readonly path: string;
}

/** Modules of quiet zone around the code (ISO/IEC 18004 asks for four). */
const QUIET = 4;

/** The modules of `text`'s code, quiet zone included (error correction "medium": a creased notice still scans). */
export const qrModules = (text: string): boolean[][] => encodeQR(text, 'raw', { ecc: 'medium', border: QUIET });

/** The QR code of `text` as an SVG path. */
export function qrCode(text: string): QrCode {
  const modules = qrModules(text);
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { size: modules.length, path };
}
