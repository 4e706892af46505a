/**
 * Inflating many small members, each to exactly its declared size. `inflateRawSync` builds a
 * whole zlib stream object per call (10-20 µs, and garbage): 12-25 ms for the 1,189 deflated
 * members of the benchmark's share. Here one zlib handle (Node's own, under its InflateRaw
 * object) is reset and reused: 1 ms for the same members. The handle is Node's internal
 * interface (stable since Node 10, present in 20-24); when it is not there, or behaves in any
 * unexpected way, each member goes through `inflateRawSync` as before.
 */
import { constants, InflateRaw, inflateRawSync } from 'node:zlib';

/** What InflateRaw (and DeflateRaw: zip/deflate.ts) keeps under `_handle`: the native zlib stream. */
export interface Handle {
  reset(): void;
  writeSync(
    flush: number,
    input: Buffer,
    inOff: number,
    inLen: number,
    out: Buffer,
    outOff: number,
    outLen: number,
  ): void;
  onerror: (message: string, errno: number) => void;
}

/** The reused handle and its write state ([output left, input left]); null once it may not be used. */
let reused: { handle: Handle; state: Uint32Array } | null | undefined;

function handle(): { handle: Handle; state: Uint32Array } | null {
  if (reused !== undefined) return reused;
  const z = new InflateRaw() as unknown as { _handle?: Partial<Handle>; _writeState?: unknown };
  const h = z._handle;
  const state = z._writeState;
  reused =
    h && typeof h.reset === 'function' && typeof h.writeSync === 'function' && state instanceof Uint32Array
      ? { handle: h as Handle, state }
      : null;
  return reused;
}

/** inflateRawSync, stopped past `size`: the bytes when they are exactly `size`, else undefined. */
function inflateOnce(raw: Buffer, size: number): Buffer | undefined {
  try {
    const data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    return data.length === size ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Inflates a raw deflate stream that must unpack to exactly `size` bytes: the bytes, or undefined
 * when it is corrupt, cut short, or unpacks to more or fewer (never more than `size` + 1 bytes are
 * produced).
 */
export function inflateExactly(raw: Buffer, size: number): Buffer | undefined {
  const z = handle();
  if (!z) return inflateOnce(raw, size);
  let failed = false;
  // zlib reports a corrupt stream, or one cut short under Z_FINISH, through onerror (synchronously).
  z.handle.onerror = () => {
    failed = true;
  };
  const out = Buffer.allocUnsafe(size + 1);
  try {
    z.handle.reset();
    z.handle.writeSync(constants.Z_FINISH, raw, 0, raw.length, out, 0, out.length);
  } catch {
    // Not the interface this was written for: inflateRawSync from now on.
    reused = null;
    return inflateOnce(raw, size);
  }
  if (failed) {
    reused = undefined; // a fresh handle for the next member
    return undefined;
  }
  return out.length - z.state[0]! === size ? out.subarray(0, size) : undefined;
}
