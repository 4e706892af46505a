/**
 * A file's content as the export sees it, one module per concern (src/core/content/): kinds
 * and the filter interfaces (`kinds.ts`), sniffing for binary content (`sniff.ts`), reading,
 * with the one reused buffer for small files (`read.ts`), the exported byte stream (`stream.ts`),
 * measuring and hashing (`measure.ts`, with `binary-watch.ts` for secrets in binaries), the
 * write-time check that a file is still what was measured (`verify.ts`), and `ExportContent`
 * (`export-content.ts`), through which an export measures and writes its files (what a measurement
 * keeps for writing, `kept.ts` and `reuse.ts`, stays behind it).
 */
export { base64Length, identityFilter, isBase64Kind } from './content/kinds.js';
export type { BinaryScanner, ContentKind, Measured, TextFilter, TextFilterFactory } from './content/kinds.js';
export { measureFile } from './content/measure.js';
export { exportContent, type ContentOptions, type ExportContent } from './content/export-content.js';
export { exportedBytes, FileChangedError } from './content/verify.js';
