/**
 * Secret-bearing files that go out after all, judged by their content: a key file holding only public material
 * (key-files.ts), a label or example file holding nothing secret-like (label-content.ts, and what the redactor finds).
 */
import { isCredentialStore } from './credential-formats.js';
import { isKeyFileName, isPublicKeyFile, readSmallText } from './key-files.js';
import { contentJudgedName, holdsSecretLike } from './label-content.js';

/** Whether the redactor finds anything in `text`, redacted as the file `rel` is. The export plugs it in. */
export type SecretFinder = (rel: string, text: string) => boolean;

/**
 * True when the secret-bearing file `name` at `abs` (`size` bytes, `rel` in the session) goes out. Without a finder a
 * label or example file stays out (only key files are judged without the redactor).
 */
export function goesOutByContent(abs: string, rel: string, name: string, size: number, finds?: SecretFinder): boolean {
  if (isKeyFileName(name)) return isPublicKeyFile(abs, size);
  if (isCredentialStore(rel)) return false;
  if (!finds || contentJudgedName(name) === null) return false;
  const text = readSmallText(abs, size);
  return text !== null && !holdsSecretLike(name, text) && !finds(rel, text);
}
