/**
 * The corpus of the fifteenth escapes round: (1) a value under a secret's name with every byte escaped (C/Python
 * `\xHH`, octal, `\u00HH`, HTML references, `%HH`, colon hex, `0xHH` byte arrays, `String.fromCharCode`, `bytes([…])`)
 * in the places each escape is written; (3) names given by macro and build languages (LaTeX, m4, Make, CMake, Nix,
 * HCL, Dhall, Jsonnet); (4) a value after a comment label that says the key is old, revoked or rotated. Each has a
 * benign twin. The recipient's decoder (escapedReadings) is written independently of the redactor.
 */
import { CHARSETS } from './fake-secrets.js';
import { leaksValue, type Planted } from './placements.js';
import { wildValues } from './wild-values.js';

const bytes = (s: string): number[] => [...Buffer.from(s)];
const hx = (b: number): string => b.toString(16).padStart(2, '0');
/** Every byte of a value, escaped one way. */
export const ESCAPES: Record<string, (s: string) => string> = {
  x: (s) =>
    bytes(s)
      .map((b) => `\\x${hx(b)}`)
      .join(''),
  X: (s) =>
    bytes(s)
      .map((b) => `\\x${hx(b).toUpperCase()}`)
      .join(''),
  octal: (s) =>
    bytes(s)
      .map((b) => `\\${b.toString(8).padStart(3, '0')}`)
      .join(''),
  u: (s) =>
    bytes(s)
      .map((b) => `\\u00${hx(b)}`)
      .join(''),
  dec: (s) =>
    bytes(s)
      .map((b) => `&#${b};`)
      .join(''),
  hexref: (s) =>
    bytes(s)
      .map((b) => `&#x${hx(b)};`)
      .join(''),
  pct: (s) =>
    bytes(s)
      .map((b) => `%${hx(b).toUpperCase()}`)
      .join(''),
  pctLower: (s) =>
    bytes(s)
      .map((b) => `%${hx(b)}`)
      .join(''),
  colon: (s) => bytes(s).map(hx).join(':'),
  colonUpper: (s) => bytes(s).map(hx).join(':').toUpperCase(),
};
const list0x = (s: string, sep = ', '): string =>
  bytes(s)
    .map((b) => `0x${hx(b)}`)
    .join(sep);
const listDec = (s: string, sep = ', '): string => bytes(s).join(sep);

/** What a recipient reads: escapes, references, percent, colon hex and byte lists each decoded. */
export function escapedReadings(out: string): string {
  const parts = [out];
  const chr = (n: number): string => String.fromCharCode(n);
  parts.push(
    out
      .replace(/\\+x([0-9a-fA-F]{2})/g, (_, h: string) => chr(parseInt(h, 16)))
      .replace(/\\+u([0-9a-fA-F]{4})/g, (_, h: string) => chr(parseInt(h, 16)))
      .replace(/\\+([0-7]{3})/g, (_, o: string) => chr(parseInt(o, 8))),
    out.replace(/&#([xX][0-9a-fA-F]+|\d+);?/g, (_, e: string) =>
      chr(e[0] === 'x' || e[0] === 'X' ? parseInt(e.slice(1), 16) : parseInt(e, 10)),
    ),
    out.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => chr(parseInt(h, 16))),
  );
  for (const m of out.matchAll(/[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2})+/g))
    parts.push(Buffer.from(m[0].replace(/:/g, ''), 'hex').toString('latin1'));
  for (const m of out.matchAll(/0x[0-9a-fA-F]{1,2}(?:\s*,\s*0x[0-9a-fA-F]{1,2})+/g))
    parts.push(
      m[0]
        .split(/\s*,\s*/)
        .map((x) => chr(parseInt(x, 16)))
        .join(''),
    );
  for (const m of out.matchAll(/\d{1,3}(?:\s*,\s*\d{1,3})+/g))
    parts.push(
      m[0]
        .split(/\s*,\s*/)
        .map((x) => chr(+x))
        .join(''),
    );
  return parts.join('\n');
}
export const leaksEscaped = (out: string, v: string): boolean => leaksValue(escapedReadings(out), v);

/** Secrets as people and providers write them: random keys, hex, passwords with symbols, prefixed tokens. */
export function secretValues(rand: () => number): { value: () => string; pick: <T>(xs: readonly T[]) => T } {
  const { tok, pick, pw } = wildValues(rand);
  const words = ['orbit', 'Maple', 'tundra', 'Falcon', 'ember', 'quartz', 'Velvet', 'harbor', 'Nimbus', 'cobalt'];
  const value = (): string =>
    pick([
      () => tok(CHARSETS.alnum, 32),
      () => tok(CHARSETS.hex, 32),
      () => tok(CHARSETS.hex, 40),
      () => tok(CHARSETS.urlsafe, 36),
      () => `sk-${tok(CHARSETS.alnum, 40)}`,
      () => `${pick(words)}${pick(words)}${Math.floor(rand() * 9000 + 1000)}!`,
      pw,
    ])();
  return { value, pick };
}

const NAMES = ['API_KEY', 'api_key', 'apiKey', 'password', 'DB_PASSWORD', 'secret', 'token', 'CLIENT_SECRET'];

/** (1) Every byte escaped, in the place each escape is written. */
export function escapedCorpus(rand: () => number): Planted[] {
  const { value, pick } = secretValues(rand);
  const n = (): string => pick(NAMES);
  const out: Planted[] = [];
  const cStyle = ['x', 'X', 'octal'];
  for (const e of cStyle) {
    const f = ESCAPES[e]!;
    out.push(
      ['main.c', (v) => `static const char *${n()} = "${f(v)}";\n`, value],
      ['app.py', (v) => `${n()} = "${f(v)}"\n`, value],
      ['app.py', (v) => `config = {"${n()}": b"${f(v)}"}\n`, value],
      ['run.sh', (v) => `export ${n()}=$'${f(v)}'\n`, value],
      ['run.sh', (v) => `${n()}=$(printf '${f(v)}')\n`, value],
      ['config.fish', (v) => `set -gx ${n()} ${f(v)}\n`, value],
      ['run.sh', (v) => `printf '${f(v)}' > ~/.config/app/${n()}\n`, value],
      ['app.js', (v) => `const ${n()} = "${f(v)}";\n`, value],
      ['out.md', (v) => `Set it with:\n\n    echo -e "${n()}=${f(v)}" >> .env\n`, value],
    );
  }
  for (const e of ['u']) {
    const f = ESCAPES[e]!;
    out.push(
      ['config.json', (v) => `{"${n()}": "${f(v)}", "port": 8080}\n`, value],
      ['app.js', (v) => `const ${n()} = '${f(v)}';\n`, value],
      ['app.py', (v) => `${n()} = "${f(v)}"\n`, value],
      ['App.java', (v) => `private static final String ${n()} = "${f(v)}";\n`, value],
    );
  }
  for (const e of ['dec', 'hexref']) {
    const f = ESCAPES[e]!;
    out.push(
      ['page.html', (v) => `<input type="hidden" name="${n()}" value="${f(v)}">\n`, value],
      ['Info.plist', (v) => `<dict>\n\t<key>${n()}</key>\n\t<string>${f(v)}</string>\n</dict>\n`, value],
      ['app.xml', (v) => ((k) => `<config>\n  <${k}>${f(v)}</${k}>\n</config>\n`)(n()), value],
      ['page.html', (v) => `<p>${n()}: ${f(v)}</p>\n`, value],
      ['app.config', (v) => `<add key="${n()}" value="${f(v)}" />\n`, value],
      ['pom.xml', (v) => `<properties>\n  <db.password>${f(v)}</db.password>\n</properties>\n`, value],
    );
  }
  for (const e of ['pct', 'pctLower']) {
    const f = ESCAPES[e]!;
    out.push(
      ['run.log', (v) => `GET /v1/data?${n()}=${f(v)}&page=2 HTTP/1.1\n`, value],
      ['run.sh', (v) => `curl -X POST https://api.example.com/login --data "${n()}=${f(v)}"\n`, value],
      ['run.sh', (v) => `kubectl create secret generic app --from-literal=${n()}=${f(v)}\n`, value],
      ['run.sh', (v) => `curl --data-urlencode '${n()}=${f(v)}' https://example.com/hook\n`, value],
      ['out.md', (v) => `Open https://example.com/cb?user=bob&${n()}=${f(v)} to finish.\n`, value],
    );
  }
  for (const e of ['colon', 'colonUpper']) {
    const f = ESCAPES[e]!;
    out.push(
      ['config.yaml', (v) => `${n()}: ${f(v)}\n`, value],
      ['.env', (v) => `${n()}=${f(v)}\n`, value],
      ['config.json', (v) => `{"${n()}": "${f(v)}"}\n`, value],
    );
  }
  out.push(
    ['main.c', (v) => `unsigned char ${n()}[] = { ${list0x(v)} };\n`, value],
    ['main.c', (v) => `static const uint8_t ${n()}[] = {\n    ${list0x(v, ',')}\n};\n`, value],
    ['main.rs', (v) => `const API_KEY: [u8; ${v.length}] = [${list0x(v)}];\n`, value],
    ['app.py', (v) => `${n()} = bytes([${listDec(v)}]).decode()\n`, value],
    ['app.py', (v) => `${n()} = bytes([${list0x(v)}])\n`, value],
    ['app.py', (v) => `${n()} = bytearray([${listDec(v, ',')}])\n`, value],
    ['app.js', (v) => `const ${n()} = String.fromCharCode(${listDec(v)});\n`, value],
    ['app.js', (v) => `const ${n()} = String.fromCharCode(${list0x(v)});\n`, value],
    ['app.ts', (v) => `const ${n()} = new Uint8Array([${listDec(v)}]);\n`, value],
    ['App.java', (v) => `byte[] ${n()} = new byte[] { ${listDec(v)} };\n`, value],
    ['app.go', (v) => `var ${n()} = []byte{${list0x(v)}}\n`, value],
    ['App.cs', (v) => `var ${n()} = new byte[] { ${list0x(v)} };\n`, value],
  );
  return out;
}

/** Escaped strings that are no secret: messages, paths, greetings, digests and bytes of ordinary data. */
export function escapedBenign(rand: () => number): [string, string][] {
  const { pick } = secretValues(rand);
  const texts = ['Hello, world!', 'Content-Type: text/html', '/usr/local/bin', 'Press any key to continue', 'v1.2.3'];
  const names = ['greeting', 'message', 'label', 'path', 'title', 'header', 'token_count', 'key_name', 'password_hint'];
  const out: [string, string][] = [];
  for (const [e, f] of Object.entries(ESCAPES)) {
    for (let i = 0; i < 6; i++) {
      const t = pick(texts);
      const nm = pick(names);
      if (e === 'colon' || e === 'colonUpper')
        out.push(['config.yaml', `mac_address: ${f('\x00\x1b\x21\x0a\x5c\x7e')}\n`]);
      else
        out.push(
          ['main.c', `static const char *${nm} = "${f(t)}";\n`],
          ['page.html', `<p title="${nm}">${f(t)}</p>\n`],
        );
    }
  }
  out.push(
    ['main.c', 'static const unsigned char png_sig[] = { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a };\n'],
    ['app.py', 'MAGIC = bytes([80, 75, 3, 4, 20, 0, 0, 0])\nkey_sizes = [16, 24, 32]\n'],
    ['app.js', 'const arrow = String.fromCharCode(8594);\nconst crlf = String.fromCharCode(13, 10);\n'],
    ['run.sh', "printf '\\x1b[1;32mOK\\x1b[0m\\n'\nIFS=$'\\t\\n'\n"],
    ['run.log', 'GET /search?q=hello%20world&token_type=bearer&page=2 HTTP/1.1\n'],
    ['ssh.txt', 'The key fingerprint is MD5:3b:7a:1c:9e:55:02:ab:cd:ef:10:32:54:76:98:ba:dc.\n'],
  );
  return out;
}
