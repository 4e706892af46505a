/**
 * bzip2 carriers: decoded with seek-bzip (pure JavaScript, MIT), loaded only when a file starts
 * with the bzip2 magic (`BZh`, a block size, a block's or the end's signature), so no other run
 * pays for it. Decoding stops at the caller's cap: a decompression bomb is not held in memory.
 */
import { optional } from './optional.js';

interface ByteSink {
  writeByte(byte: number): void;
}
interface SeekBzip {
  decode(input: Buffer, output: ByteSink, multistream?: boolean): unknown;
}

/** Whether `head` starts a bzip2 stream: `BZh1`…`BZh9` and the 48-bit block (π) or end (√π) magic. */
export function isBzip2(head: Buffer): boolean {
  // `BZh` compared by bytes: most heads tried are not bzip2 (a string per head cost more than the test).
  if (head.length < 10 || head[0] !== 0x42 || head[1] !== 0x5a || head[2] !== 0x68) return false;
  if (head[3]! < 0x31 || head[3]! > 0x39) return false;
  const magic = head.toString('hex', 4, 10);
  return magic === '314159265359' || magic === '177245385090';
}

/** Why a bzip2 stream was not decoded whole. */
type Bunzip2Failure = 'no-decoder' | 'corrupt' | 'too-large';

class Full extends Error {}

/** The decoded bytes of a bzip2 file (all its streams), or why they could not be had. */
export function bunzip2(data: Buffer, max: number): Buffer | Bunzip2Failure {
  const bz = optional<SeekBzip>('seek-bzip');
  if (!bz) return 'no-decoder';
  const chunks: Buffer[] = [];
  let chunk = Buffer.allocUnsafe(65536);
  let pos = 0;
  let total = 0;
  const sink: ByteSink = {
    writeByte(byte) {
      if (++total > max) throw new Full();
      if (pos === chunk.length) {
        chunks.push(chunk);
        chunk = Buffer.allocUnsafe(65536);
        pos = 0;
      }
      chunk[pos++] = byte;
    },
  };
  try {
    bz.decode(data, sink, true);
  } catch (err) {
    return err instanceof Full ? 'too-large' : 'corrupt';
  }
  chunks.push(chunk.subarray(0, pos));
  return Buffer.concat(chunks);
}
