/**
 * A secret a REPL printed: a Python prompt (`>>> `, `In [3]: `) whose input reads a key (`os.environ["API_TOKEN"]`,
 * `settings.api_key.encode()`, `getenv("X_TOKEN")`), then its output on the next line: one string, bytes or bare token
 * (`'…'`, `b'…'`, `…`) that reads as a key (context.ts's encodedToken, labels.ts's storedCredential). Found from the
 * literals `>>> ` and `In [` (indexOf); an input that assigns (`key = …`) prints nothing.
 */
import { encodedToken } from './credential-values.js';
import { storedCredential } from './labels.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** An input that reads a secret-ish name and assigns nothing. */
const READS_SECRET = /key|token|secret|passw|pwd|credential|auth/i;
/**
 * A generator's call or module, whose name holds a secret word but reads none (`secrets.token_hex(16)`, `import
 * secrets`): what a doc's example prints after it is an example (the stdlib's secrets.py, a README's session).
 */
const GENERATOR =
  /(?:\bsecrets\.)?\btoken_(?:hex|urlsafe|bytes)[ \t]*\(|\b(?:import|from)[ \t]+secrets\b|^[ \t]*import[ \t]+[\w, \t]*\bsecrets\b/g;

/** Whether a REPL's input (after its prompt) reads a secret-ish name: a generator's name is none (GENERATOR). */
export const replInputReadsSecret = (input: string): boolean => READS_SECRET.test(input.replace(GENERATOR, ' '));
const ASSIGNS = /^[ \t]*[A-Za-z_][\w.]*[ \t]*=(?!=)/;
/** The output: a quoted string or bytes, or a bare token, alone on its line (after IPython's `Out[3]: `). */
const OUTPUT =
  /[ \t]*(?:Out\[\d{1,6}\]:[ \t]*)?(?:[bB]?(["'])([^"'\s\\]{16,512})\1|([A-Za-z0-9_+/=.~-]{16,512}))[ \t]*\r?$/my;

function replHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const prompt of ['>>> ', 'In [']) {
    for (let i = text.indexOf(prompt); i !== -1; i = text.indexOf(prompt, i + 4)) {
      if (i > 0 && text.charCodeAt(i - 1) !== 10) continue;
      const eol = text.indexOf('\n', i);
      if (eol === -1) break;
      const input = text.slice(i + (prompt === 'In [' ? text.indexOf(':', i) - i + 1 : 4), eol);
      if (!replInputReadsSecret(input) || ASSIGNS.test(input)) continue;
      OUTPUT.lastIndex = eol + 1;
      const m = OUTPUT.exec(text);
      const v = m?.[2] ?? m?.[3];
      if (m === null || v === undefined || !(encodedToken(v) || storedCredential(v))) continue;
      const start = text.indexOf(v, eol + 1);
      hits.push({ rule: 'repl-echo', start, end: start + v.length });
    }
  }
  return hits;
}

/** The pass of secrets a REPL printed (see the file's comment). */
export function replEchoPass(): Pass {
  return runPass(replHits);
}
