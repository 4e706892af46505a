import prettyBytes from 'pretty-bytes';

/** Human sizes in binary units (KiB, MiB: what `500KB` means on our command line), for people only. */
export const size = (bytes: number): string => prettyBytes(bytes, { binary: true });

export interface Styler {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain: Styler = { bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, yellow: (s) => s };
const ansi: Styler = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
};

/** Colour only on a terminal, honouring NO_COLOR and FORCE_COLOR (the prompts follow the same rule). */
export function colourOn(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export function stylerFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Styler {
  return colourOn(stream, env) ? ansi : plain;
}
