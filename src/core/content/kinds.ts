import path from 'node:path';

/**
 * How a file travels:
 * - `text`: valid UTF-8 text, redacted, uploaded as is;
 * - `base64`: images, PDFs and Office documents, base64 text under their own name (what the Viewer expects);
 * - `binary`: any other binary content, carried inside the overflow archive.
 */
export type ContentKind = 'text' | 'base64' | 'binary';

/** Extensions the MassGen Viewer decodes from base64 (MassGen's own exporter encodes exactly these). */
const BASE64_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf', '.docx', '.pptx', '.xlsx']);

export const isBase64Kind = (file: string): boolean => BASE64_EXTENSIONS.has(path.extname(file).toLowerCase());

/** Length of the base64 text for `n` bytes. */
export const base64Length = (n: number): number => 4 * Math.ceil(n / 3);

/**
 * A streaming text filter, one per file: the redactor plugs in here. `write` may hold back a
 * tail (a secret split across chunks) and return it later; `end` flushes what is left.
 */
export interface TextFilter {
  write(text: string): string;
  end(): string;
  /** Redaction counts for this file, by rule id. */
  counts?(): Record<string, number>;
  /** Where values were redacted (line and rule, never the value). */
  findings?(): { line: number; rule: string }[];
}
export type TextFilterFactory = ((file: { rel: string }) => TextFilter) & {
  /** The filter's output for a whole file at once (`bytes` its UTF-8), when the factory gives it faster (memo.ts). */
  whole?(rel: string, text: string, bytes: Buffer): { out: string; filter: TextFilter };
};

export const identityFilter: TextFilterFactory = () => ({ write: (t) => t, end: () => '' });

/** True when a filter changes `text` filtered as the file `rel` (the redactor finds something in it). */
export function filterChanges(filter: TextFilterFactory, rel: string, text: string): boolean {
  const f = filter({ rel });
  return f.write(text) + f.end() !== text;
}

/** Scans a binary chunk for secrets (the redactor's detection, without rewriting). */
export type BinaryScanner = (chunk: Buffer) => string[];

/** What one full read of a file found. */
export interface Measured {
  kind: ContentKind;
  /** Bytes of the file as exported (after redaction for text). */
  bytes: number;
  sha256: string;
  /** True for text that is empty or only whitespace after redaction: GitHub refuses it. */
  blank: boolean;
  redactions: Record<string, number>;
  findings: { line: number; rule: string }[];
  /** Secret rules found in binary content, which is never rewritten (the file is then withheld). */
  binarySecrets: string[];
  /**
   * Why a binary that holds a secret is withheld, when it is a carrier (a gzip, zip, PDF or PNG whose decoded content
   * holds one).
   */
  withheldReason?: string;
}
