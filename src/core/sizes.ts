import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = {
  '': 1,
  B: 1,
  K: 1024,
  KB: 1024,
  KIB: 1024,
  M: 1024 ** 2,
  MB: 1024 ** 2,
  MIB: 1024 ** 2,
  G: 1024 ** 3,
  GB: 1024 ** 3,
  GIB: 1024 ** 3,
};

/**
 * Parses a size such as `500KB`, `1.5MB`, `2 GiB` or plain bytes (`1048576`) into bytes.
 * Units are binary multiples, as in MassGen's `parse_size`; unlike it, decimals are accepted.
 * Returns undefined for anything that is not a size.
 */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = UNITS[(m[2] ?? '').toUpperCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** parseSize for a command-line flag: a usage error naming the flag and the accepted forms. */
export function parseSizeFlag(flag: string, value: unknown): number {
  const bytes = typeof value === 'number' ? value : parseSize(String(value));
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) {
    throw new UsageError(
      `Invalid size for --${flag}: "${String(value)}". Use bytes (1048576) or a unit: 500KB, 1.5MB, 2GB.`,
    );
  }
  return bytes;
}
