import {
  carrierKind,
  MAX_CARRIER_INPUT,
  mayBeHeadless,
  scanBinaryViews,
  scanCarrier,
  sqlitePageSize,
} from '../redact/carriers.js';
import type { BinaryScanner, Measured } from './kinds.js';

/** Bytes of the previous chunk a binary scan looks at again, so a secret across chunks is seen. */
const SCAN_OVERLAP = 4096;

type Carried = Pick<Measured, 'binarySecrets' | 'withheldReason'>;

/** Secrets in a binary that is a carrier or holds compressed streams (carriers.ts): rules and reason, or nothing. */
export function carrierSecrets(whole: Buffer, scan: BinaryScanner | undefined): Carried | null {
  if (!scan) return null;
  const c = scanCarrier(whole, scan);
  return c ? { binarySecrets: c.rules.length > 0 ? c.rules : ['unscanned-carrier'], withheldReason: c.reason } : null;
}

/**
 * Watches a binary file stream past for secrets, chunk by chunk: each window (the chunk with the
 * previous chunk's last 4 KB) in the views a latin1 scan misses, a SQLite database's pages
 * rejoined in every window, and a carrier (gzip, zip, PDF, PNG, zstd, raw deflate, brotli...) held,
 * up to MAX_CARRIER_INPUT, to be decoded once read (a larger one is withheld unscanned); in any
 * other binary, the compressed streams that start in each window.
 */
export class BinaryWatch {
  readonly rules = new Set<string>();
  private tail: Buffer = Buffer.alloc(0);
  private carrier: Buffer[] | null = null;
  private carrierBytes = 0;
  private viewReason: string | undefined;
  private embedded: Carried | null = null;
  private pageSize = 0;
  private bytes = 0;

  constructor(private readonly scan: BinaryScanner) {}

  add(chunk: Buffer): void {
    if (this.bytes === 0) {
      if (carrierKind(chunk) || mayBeHeadless(chunk)) this.carrier = [];
      this.pageSize = sqlitePageSize(chunk);
    }
    this.bytes += chunk.length;
    if (this.carrier && this.bytes <= MAX_CARRIER_INPUT) {
      this.carrier.push(chunk);
      this.carrierBytes = this.bytes;
    }
    const window = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    const page = this.pageSize > 0 ? { pageSize: this.pageSize, offset: this.bytes - window.length } : undefined;
    const viewed = scanBinaryViews(window, this.scan, page);
    if (viewed.reason && this.rules.size === 0) this.viewReason = viewed.reason;
    for (const rule of viewed.rules) this.rules.add(rule);
    if (!this.carrier && !this.embedded && this.rules.size === 0) this.embedded = carrierSecrets(window, this.scan);
    this.tail = Buffer.from(window.subarray(Math.max(0, window.length - SCAN_OVERLAP)));
  }

  /** Once the file is read: what withholds it beyond the rules found, or null. */
  carried(): Carried | null {
    let carried: Carried | null = null;
    if (this.carrier && this.rules.size === 0) {
      carried =
        this.carrierBytes < this.bytes
          ? {
              binarySecrets: ['unscanned-carrier'],
              withheldReason: `compressed file too large to scan (over ${MAX_CARRIER_INPUT / 1048576} MiB)`,
            }
          : carrierSecrets(Buffer.concat(this.carrier, this.carrierBytes), this.scan);
    }
    if (!carried && this.rules.size === 0) carried = this.embedded;
    if (!carried && this.viewReason && this.rules.size > 0)
      carried = { binarySecrets: [...this.rules], withheldReason: this.viewReason };
    return carried;
  }
}
