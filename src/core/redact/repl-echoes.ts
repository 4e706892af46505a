/**
 * A secret a REPL printed: a Python prompt (`>>> `, `In [3]: `) whose input reads a key (`os.environ["API_TOKEN"]`,
 * `settings.api_key.encode()`, `getenv("X_TOKEN")`), then its output on the next line: one string, bytes or bare token
 * (`'…'`, `b'…'`, `…`) that reads as a key (context.ts's encodedToken, labels.ts's storedCredential). Found from the
 * literals `>>> ` and `In [` (indexOf); an input that assigns (`key = …`) prints nothing.
 *
 * A debugger's print the same way (`(gdb) p cfg->token`, `x/s cfg->api_key`, `(lldb) p self.secret`, `(Pdb) p
 * client.password`): the output's lead (`$2 = `, `(const char *) $0 = `, `0x5555…:` or `0x5555… <password>:`, a
 * pointer before the string) is passed over, and the value is also judged under the last name of the expression, or
 * of the symbol gdb names (key-names.ts's judgeAssignment: a password with symbols under `password`).
 */
import { encodedToken } from './credential-values.js';
import { judgeAssignment } from './key-names.js';
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

/** Debuggers' prompts, each then a print command and its expression. */
const DEBUG_PROMPTS = ['(gdb) ', '(lldb) ', '(Pdb) ', 'ipdb> '];
const DEBUG_PRINT =
  /^[ \t]*(?:p|print|output|call|x\/\d{0,4}s|pp|po|v|expr|expression|frame variable|fr v)(?:\/[a-z]{1,3})?[ \t]+(?:-[A-Za-z][ \t]+)*(.{1,200})$/;
/** The output's lead: gdb's `$2 = `, lldb's `(type) $0 = `, x/s's address (and symbol), a pointer before its string. */
const DEBUG_OUTPUT =
  /[ \t]*(?:\$\d{1,6}[ \t]*=[ \t]*|\([^()\r\n]{1,80}\)[ \t]+\$?[\w.]{1,80}[ \t]*=[ \t]*|0x[0-9a-fA-F]{1,16}(?:[ \t]+<([^<>\r\n]{1,80})>)?:[ \t]*)?(?:0x[0-9a-fA-F]{1,16}[ \t]+)?[uUL]?(["'])((?:[^"'\\\r\n]|\\.){8,4096})\2/y;
/** The last name of an expression (`cfg->api_key`, `self.__dict__['token']`, `*password`), or a symbol's. */
const lastName = (expr: string): string =>
  /([A-Za-z_][\w]{0,63})[^\w]*$/.exec(expr.replace(/\+\d+$/, ''))?.[1]?.replace(/^_+|_+$/g, '') ?? '';

/** A debugger's print: the value of the output line after a print command's (see the file's comment), or null. */
function debugHit(text: string, eol: number, input: string): Hit | null {
  const cmd = DEBUG_PRINT.exec(input);
  if (cmd === null) return null;
  DEBUG_OUTPUT.lastIndex = eol + 1;
  const m = DEBUG_OUTPUT.exec(text);
  if (m === null) return null;
  const v = m[3]!;
  const names = [lastName(m[1] ?? ''), lastName(cmd[1]!)].filter((n) => n.length > 1);
  const named = names.some((n) => judgeAssignment(n, v) !== null);
  if (!named && !(replInputReadsSecret(cmd[1]!) && (encodedToken(v) || storedCredential(v)))) return null;
  const start = eol + 1 + m[0].length - 1 - v.length;
  return { rule: 'repl-echo', start, end: start + v.length };
}

function debugHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const prompt of DEBUG_PROMPTS)
    for (let i = text.indexOf(prompt); i !== -1; i = text.indexOf(prompt, i + prompt.length)) {
      if (i > 0 && text.charCodeAt(i - 1) !== 10) continue;
      const eol = text.indexOf('\n', i);
      if (eol === -1) break;
      const hit = debugHit(text, eol, text.slice(i + prompt.length, eol).replace(/\r$/, ''));
      if (hit) hits.push(hit);
    }
  return hits;
}

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
  return runPass((text) => [...replHits(text), ...debugHits(text)]);
}
