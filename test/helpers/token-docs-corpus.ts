/**
 * Docs and tests of token libraries as READMEs, docstrings and changelogs write them: a generator's call and the
 * example output it printed (`>>> token_hex(16)` then `'f9bf…'`, `crypto.randomBytes(16).toString('hex') // => '…'`,
 * `nanoid() //=> "V1St…"`, `uuidv4(); // ⇨ '…'`). An example's output is no secret: every document must come out byte
 * for byte. Generated with a seeded rng (the outputs, the sizes, the call's spelling, the file's kind).
 */
import { CHARSETS, rng, uuidOf } from './fake-secrets.js';

type Pick = (set: keyof typeof CHARSETS, n: number) => string;

/** A Python REPL's call and its output, as a doctest writes them (`>>> ` then the repr). */
const PY_EXAMPLES: ((p: Pick, n: number) => [string, string])[] = [
  (p, n) => [`token_hex(${n})`, `'${p('hex', 2 * n)}'`],
  (p, n) => [`secrets.token_hex(${n})`, `'${p('hex', 2 * n)}'`],
  (p, n) => [`token_urlsafe(${n})`, `'${p('urlsafe', Math.ceil((4 * n) / 3))}'`],
  (p, n) => [`secrets.token_urlsafe(${n})`, `'${p('urlsafe', Math.ceil((4 * n) / 3))}'`],
  (p, n) => [`os.urandom(${n}).hex()`, `'${p('hex', 2 * n)}'`],
  (p) => [`uuid.uuid4()`, `UUID('${uuidOf(p('hex', 32), true)}')`],
  (p) => [`str(uuid.uuid4())`, `'${uuidOf(p('hex', 32), true)}'`],
  (p) => [`uuid.uuid4().hex`, `'${p('hex', 32)}'`],
  (p) => [`hashlib.sha256(b"hello").hexdigest()`, `'${p('hex', 64)}'`],
  (p) => [`hashlib.md5(data).hexdigest()`, `'${p('hex', 32)}'`],
  (p, n) => [`secrets.token_bytes(${n}).hex()`, `'${p('hex', 2 * n)}'`],
  (p) => [`shortuuid.uuid()`, `'${p('alnum', 22)}'`],
  (p, n) => [`base64.urlsafe_b64encode(os.urandom(${n}))`, `b'${p('urlsafe', Math.ceil((4 * n) / 3))}='`],
];

/** A JavaScript call and its output, written after it as docs do (`// => '…'`, `//=> "…"`, `// ⇨ '…'`, `// '…'`). */
const JS_EXAMPLES: ((p: Pick, n: number) => [string, string])[] = [
  (p, n) => [`crypto.randomBytes(${n}).toString('hex')`, `'${p('hex', 2 * n)}'`],
  (p, n) => [`randomBytes(${n}).toString("hex")`, `"${p('hex', 2 * n)}"`],
  (p, n) => [`crypto.randomBytes(${n}).toString('base64url')`, `'${p('urlsafe', Math.ceil((4 * n) / 3))}'`],
  (p) => [`nanoid()`, `"${p('urlsafe', 21)}"`],
  (p, n) => [`nanoid(${n})`, `"${p('urlsafe', n)}"`],
  (p) => [`uuidv4()`, `'${uuidOf(p('hex', 32), true)}'`],
  (p) => [`crypto.randomUUID()`, `'${uuidOf(p('hex', 32), true)}'`],
  (p) => [`uuid.v4()`, `'${uuidOf(p('hex', 32), true)}'`],
  (p) => [`cuid()`, `'c${p('lowerAlnum', 24)}'`],
  (p) => [`createId()`, `'${p('lowerAlnum', 24)}'`],
  (p) => [`ulid()`, `'01${p('base32', 24)}'`],
  (p) => [`generateToken(32)`, `'${p('alnum', 32)}'`],
  (p) => [`createHash('sha256').update('abc').digest('hex')`, `'${p('hex', 64)}'`],
];
const ARROWS = ['// => ', '//=> ', '// ⇨ ', '// ', '// returns ', '// Output: ', '// e.g. '];
const PY_INTROS = [
  'Return a random text string, in hexadecimal.',
  'Generate a secure random URL-safe text string, as a token.',
  'The string has *nbytes* random bytes. If *nbytes* is None or not supplied, a reasonable default is used.',
  'Create a secret token for password resets:',
  'Tokens for API keys and session ids should have at least 32 bytes of randomness.',
  'Example of generating a hard-to-guess temporary URL with a security token:',
];
const JS_INTROS = [
  'Generate a random token for a password reset link:',
  'Create an API key for your users:',
  '## Usage',
  'A secret for signing session cookies:',
  'Returns a new random id (a token of 21 characters by default):',
  'Generates a cryptographically strong token.',
];

/** `n` documents (docstrings, Markdown READMEs, JS docs, changelog entries) with example calls and their outputs. */
export function tokenDocs(seed: number, n: number): { rel: string; text: string }[] {
  const rand = rng(seed);
  const int = (k: number): number => Math.floor(rand() * k);
  const draw: Pick = (set, k) => Array.from({ length: k }, () => CHARSETS[set][int(CHARSETS[set].length)]).join('');
  // Not a provider's prefix by chance (`ak-…`, `sk_…` are token families of their own, tested elsewhere).
  const pick: Pick = (set, k) => {
    let v = draw(set, k);
    while (/^[A-Za-z]{2,4}[-_]/.test(v)) v = draw(set, k);
    return v;
  };
  const size = (): number => [8, 12, 16, 20, 24, 32][int(6)]!;
  const one = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const docs: { rel: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 4;
    const lines: string[] = [];
    if (kind === 0) {
      // A Python module's docstring with doctests.
      lines.push(`def token_${one(['hex', 'urlsafe', 'bytes'])}(nbytes=None):`, `    """${one(PY_INTROS)}`, '');
      for (let k = 0; k < 1 + int(3); k++) {
        const [call, out] = one(PY_EXAMPLES)(pick, size());
        lines.push(`    >>> ${call}${int(2) === 0 ? '  #doctest:+SKIP' : ''}`, `    ${out}`, '');
      }
      lines.push('    """', '    return _impl(nbytes)', '');
      docs.push({ rel: `workspace/lib/tokens_${i}.py`, text: lines.join('\n') });
    } else if (kind === 1) {
      // A Markdown README with a Python session and a JavaScript block.
      lines.push(`# tokens-${i}`, '', one(PY_INTROS), '', '```python', '>>> import secrets');
      for (let k = 0; k < 1 + int(3); k++) {
        const [call, out] = one(PY_EXAMPLES)(pick, size());
        lines.push(`>>> ${call}`, out);
      }
      lines.push('```', '', one(JS_INTROS), '', '```js');
      for (let k = 0; k < 1 + int(3); k++) {
        const [call, out] = one(JS_EXAMPLES)(pick, size());
        lines.push(`${call}; ${one(ARROWS)}${out}`);
      }
      lines.push('```', '');
      docs.push({ rel: `workspace/node_modules/tokens-${i}/README.md`, text: lines.join('\n') });
    } else if (kind === 2) {
      // A JavaScript file's doc comment and a test asserting an output's shape.
      const [call, out] = one(JS_EXAMPLES)(pick, size());
      lines.push('/**', ` * ${one(JS_INTROS)}`, ' *', ' * @example', ` * ${call}`, ` * ${one(ARROWS)}${out}`, ' */');
      lines.push(`export function make${i}(size = 21) {`, '  return impl(size);', '}', '');
      const [call2, out2] = one(JS_EXAMPLES)(pick, size());
      lines.push(`// ${call2} ${one(ARROWS).replace('// ', '')}${out2}`, '');
      docs.push({ rel: `workspace/src/token-${i}.js`, text: lines.join('\n') });
    } else {
      // A changelog and an rst page: an example written inline.
      const [call, out] = one(PY_EXAMPLES)(pick, size());
      const [jcall, jout] = one(JS_EXAMPLES)(pick, size());
      lines.push(`v1.${i % 30}.0`, '------', '');
      lines.push(`* \`\`${call}\`\` now returns values like ${out}.`);
      lines.push(`* The token helper: \`${jcall}\` gives ${jout} in the docs' example.`);
      lines.push('', '.. code-block:: pycon', '', `   >>> ${call}`, `   ${out}`, '');
      docs.push({ rel: `workspace/docs/CHANGES-${i}.rst`, text: lines.join('\n') });
    }
  }
  return docs;
}
