/**
 * A file's content as the export sees it, one module per concern (src/core/content/): kinds
 * and the filter interfaces (`kinds.ts`), sniffing for binary content (`sniff.ts`), reading,
 * with the one reused buffer for small files (`read.ts`), the exported byte stream (`stream.ts`),
 * measuring and hashing (`measure.ts`, with `binary-watch.ts` for secrets in binaries) and the
 * write-time check that a file is still what was measured (`verify.ts`).
 */
export { base64Length, identityFilter, isBase64Kind } from './content/kinds.js';
export type { BinaryScanner, ContentKind, Measured, TextFilter, TextFilterFactory } from './content/kinds.js';
export { measureFile } from './content/measure.js';
export { exportedBytes, FileChangedError } from './content/verify.js';
