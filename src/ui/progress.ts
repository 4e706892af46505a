import type { CollectEvent } from '../core/stages/events.js';
import { size } from './style.js';

interface ProgressStream {
  isTTY?: boolean;
  write(s: string): boolean;
}

/**
 * A one-line progress indicator on stderr for long collections: drawn only on a terminal,
 * redrawn at most every 100 ms, and erased when done.
 */
export function createProgress(stream: ProgressStream, enabled: boolean) {
  let last = 0;
  let drawn = false;
  const draw = (text: string): void => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    drawn = true;
    stream.write(`\r\u001b[2K${text}`);
  };
  return {
    onEvent(e: CollectEvent): void {
      if (!enabled) return;
      if (e.type === 'walked') draw(`Walking... ${e.files.toLocaleString('en-US')} files (${size(e.bytes)})`);
      else
        draw(
          `Reading and redacting... ${e.files.toLocaleString('en-US')}/${e.total.toLocaleString('en-US')} files (${size(e.bytes)})`,
        );
    },
    done(): void {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
