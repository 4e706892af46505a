import { constants, type Stats } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';

/** Configuration files (`.massgenignore`, `--ignore-file`, `.env`, the share record) larger than this are not read. */
const CONFIG_FILE_CAP = 1024 * 1024;

type ConfigRead =
  | { text: string }
  | { text: null; missing: true }
  /** `special`: not a regular file (holds no text); `large`: over the cap; `unreadable`: an error reading it. */
  | { text: null; missing: false; problem: string; kind: 'special' | 'large' | 'unreadable' };

const KINDS: [(s: Stats) => boolean, string][] = [
  [(s) => s.isFIFO(), 'a FIFO'],
  [(s) => s.isCharacterDevice(), 'a character device'],
  [(s) => s.isBlockDevice(), 'a block device'],
  [(s) => s.isSocket(), 'a socket'],
  [(s) => s.isDirectory(), 'a directory'],
];
const kindOf = (s: Stats): string => KINDS.find(([is]) => is(s))?.[1] ?? 'not a regular file';

/**
 * Reads a configuration file only when it is a regular file of at most `cap` bytes: checked
 * with `lstat` (a link is followed only to a regular file), then opened without blocking (a FIFO
 * swapped in meanwhile cannot hang the open) and checked again on the open descriptor, and read
 * to at most `cap` bytes. A FIFO, a device (`/dev/zero`), a directory or a file over the cap
 * gives a `problem` to warn about, never a hang or an unbounded read. Never throws.
 */
export async function readConfigFile(file: string, cap = CONFIG_FILE_CAP): Promise<ConfigRead> {
  let handle: FileHandle | undefined;
  try {
    const link = await lstat(file);
    if (!link.isFile() && !link.isSymbolicLink())
      return { text: null, missing: false, problem: `is ${kindOf(link)}, not a regular file`, kind: 'special' };
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = await handle.stat();
    if (!st.isFile())
      return { text: null, missing: false, problem: `links to ${kindOf(st)}, not a regular file`, kind: 'special' };
    if (st.size > cap)
      return { text: null, missing: false, problem: `is larger than ${cap} bytes (${st.size})`, kind: 'large' };
    const buf = Buffer.alloc(Math.min(cap, st.size) + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n >= buf.length) return { text: null, missing: false, problem: `is larger than ${cap} bytes`, kind: 'large' };
    }
    return { text: buf.subarray(0, n).toString('utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { text: null, missing: true };
    return { text: null, missing: false, problem: `could not be read (${code ?? String(err)})`, kind: 'unreadable' };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
