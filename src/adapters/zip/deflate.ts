/**
 * Deflating many small members, the writer's side of ../inflate.ts: `deflateRawSync` builds a
 * whole zlib stream object per call (a DeflateRaw, its Duplex and its native state, then garbage),
 * which for the 1,298 small members of a 1,600-file session cost more than deflating them. Here
 * one zlib handle per level and window size (Node's own, under its DeflateRaw object) is reset and
 * reused. The handle is Node's internal interface (stable since Node 10, present in 20-24); when it
 * is not there, or behaves in any unexpected way, each member goes through `deflateRawSync` as
 * before.
 */
import { constants, DeflateRaw, deflateRawSync } from 'node:zlib';
import type { Handle } from '../inflate.js';

interface Reused {
  handle: Handle;
  /** [output left, input left] after a write. */
  state: Uint32Array;
  failed: boolean;
}

/** The reused handles by level and window size; null once they may not be used (then deflateRawSync). */
let handles: Map<string, Reused> | null = new Map();

function handleFor(level: number, windowBits: number, memLevel: number): Reused | null {
  if (!handles) return null;
  const key = `${level}/${windowBits}/${memLevel}`;
  const h = handles.get(key);
  if (h) return h;
  const z = new DeflateRaw({ level, windowBits, memLevel }) as unknown as {
    _handle?: Partial<Handle>;
    _writeState?: unknown;
  };
  const handle = z._handle;
  const state = z._writeState;
  if (!handle || typeof handle.reset !== 'function' || typeof handle.writeSync !== 'function') return (handles = null);
  if (!(state instanceof Uint32Array)) return (handles = null);
  const made: Reused = { handle: handle as Handle, state, failed: false };
  // zlib reports an error through onerror (synchronously): that handle is not used again.
  made.handle.onerror = () => {
    made.failed = true;
  };
  handles.set(key, made);
  return made;
}

/** deflateRawSync's answer, when it is smaller than the data. */
function deflateOnce(data: Buffer, level: number, windowBits: number, memLevel: number): Buffer | null {
  const out = deflateRawSync(data, { level, windowBits, memLevel });
  return out.length < data.length ? out : null;
}

/**
 * The raw deflate stream of `data`, when it is smaller than `data` (null: the member is better stored), with a
 * reused zlib handle: the output is written into a buffer the size of `data`, and a stream that does not end
 * within it is no smaller.
 */
export function deflateSmaller(data: Buffer, level: number, windowBits: number, memLevel: number): Buffer | null {
  const z = handleFor(level, windowBits, memLevel);
  if (!z) return deflateOnce(data, level, windowBits, memLevel);
  const out = Buffer.allocUnsafe(data.length);
  try {
    z.handle.reset();
    z.handle.writeSync(constants.Z_FINISH, data, 0, data.length, out, 0, out.length);
  } catch {
    handles = null;
    return deflateOnce(data, level, windowBits, memLevel);
  }
  if (z.failed) {
    handles?.delete(`${level}/${windowBits}/${memLevel}`);
    return deflateOnce(data, level, windowBits, memLevel);
  }
  const [outLeft, inLeft] = z.state;
  // Under Z_FINISH zlib returns with output room left only once the stream has ended.
  if (outLeft === 0 || inLeft !== 0) return null;
  return out.subarray(0, out.length - outLeft!);
}
