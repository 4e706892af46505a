/**
 * Twins of round 20's placements (group20-corpus.ts), many beside a secret word: groups between the same separators
 * that are no key (addresses, versions, dotted ids, times, dates, paths, hex dumps, ISBNs, phone and card numbers,
 * bullets of words); arrays of words, ids, hashes, paths and code's names in the same languages; tables of hashes,
 * ids, words and numbers side by side. All must come out byte for byte.
 */
import { rng } from './fake-secrets.js';
import { gen } from './glue15-tokens.js';
import { dq, sq } from './struct18-corpus.js';

function tools(seed: number, words: readonly string[]) {
  const r = gen(seed);
  const rand = rng(seed + 1);
  const int = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const sw = (): string => pick(['token', 'api_key', 'password', 'secret', 'auth', 'KEY', 'tokens', 'keys']);
  /** A secret word in a sentence that names no value (`token rotation done;`). */
  const said = (): string => `${sw()} ${pick(['rotation done;', 'check passed;', 'was revoked; see'])}`;
  const hexes = (n: number, w: number): string[] => Array.from({ length: n }, () => r('hex', w));
  const ws = (n: number): string[] => Array.from({ length: n }, () => pick(words));
  return { r, int, pick, sw, said, hexes, ws };
}

/** Category 1's twins. */
export function separatorTwins(seed: number, words: readonly string[]): string[] {
  const { r, int, pick, sw, said, hexes, ws } = tools(seed, words);
  const d = (n: number): string => r('dig', n);
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    const off = (k: number): string => (k * 16).toString(16).padStart(8, '0');
    out.push(
      `${said()} server at ${1 + int(254)}.${int(256)}.${int(256)}.${int(256)}:${d(4)}`,
      `${said()} host ${hexes(8, 4).join(':')} and ${hexes(4, 4).join(':')}::${r('hex', 3)}`,
      `${said()} mac ${hexes(6, 2).join(pick([':', '-', '.']))} / ${hexes(3, 4).join('.')}`,
      `${said()} rotated in v${d(1)}.${d(2)}.${d(1)}.${d(4)} (build ${d(4)}.${d(4)}.${d(4)}.${d(4)})`,
      `${said()} provider com.${pick(words)}.${pick(words)}.${pick(words)}.${pick(words)}`,
      `${said()} expires ${d(2)}:${d(2)}:${d(2)}.${d(3)} on ${d(4)}/${d(2)}/${d(2)} or ${d(2)}.${d(2)}.${d(4)}`,
      `${said()} file /${ws(5).join('/')}.json and C:\\${ws(3).join('\\')}`,
      `${said()} in ${ws(4).join('_')}_${pick(words)}.py and ${ws(5).join('.')}`,
      `${off(i)}: ${hexes(8, 4).join('\t')}  ${r('alnum', 16)}`,
      `${hexes(16, 2).join(' ')}  |${r('alnum', 16)}|`,
      `${off(i)}  ${hexes(8, 2).join(' ')}  ${hexes(8, 2).join(' ')}  |${sw()}.${r('low', 9)}|`,
      `0x${r('hex', 8)}:\t0x${hexes(4, 8).join('\t0x')}`,
      `ISBN ${pick(['978', '979'])}-${d(1)}-${d(3)}-${d(5)}-${d(1)}, ${d(3)}.${d(1)}.${d(5)}.${d(3)}.${d(1)}`,
      `${said()} support: +${d(2)} ${d(3)}.${d(3)}.${d(4)} / (${d(3)}) ${d(3)}-${d(4)} / ${d(3)}·${d(3)}·${d(4)}`,
      `card ${d(4)}\u00a0${d(4)}\u00a0${d(4)}\u00a0${d(4)}, iban ${r('up', 2)}${d(2)} ${d(4)} ${d(4)} ${d(4)} ${d(4)}`,
      `${said()} ${ws(6).join(' • ')}`,
      `${ws(5).join(' · ')} · ${sw()}`,
      `${said()} | ${ws(5).join(' | ')}`,
      `${ws(4).join(', ')}, ${sw()}, ${ws(3).join(', ')}`,
      `${said()} - ${ws(6).join(' - ')}`,
      `${sw()}\t${ws(6).join('\t')}`,
      `${ws(6).join('\u00a0')} ${sw()}`,
      `fingerprint ${hexes(10, 4).join(' ')} (${sw()} rotation)`,
      `${said()} sha ${hexes(5, 8).join(':')} / ${hexes(8, 4).join('.')}`,
      `${said()} ids ${Array.from({ length: 5 }, () => `${r('up', 3)}${d(2)}`).join('|')}`,
      `${said()} ${ws(4).join('/')}/${r('hex', 7)}/${d(3)}`,
      `Serial ${r('up', 5)}-${r('up', 5)}-${r('up', 5)}-${r('up', 5)}-${r('up', 5)} (${sw()} rotation)`,
      `${pick(['Mon', 'Tue'])} ${d(2)}:${d(2)}:${d(2)} ${d(4)} ${said()} ${ws(3).join(' ')}`,
    );
  }
  return out;
}

/** Names code keeps in lists. */
const CODE = [
  ...['ArrowUp', 'ArrowDown', 'KeyW', 'KeyA', 'Digit1', 'Digit7', 'Enter', 'Escape', 'ShiftLeft', 'Numpad7'],
  ...['IDENT', 'NUMBER', 'STRING', 'LParen', 'RParen', 'Semicolon', 'EOF', 'Int64', 'Float32', 'Uint8'],
  ...['menuFile', 'menuEdit', 'cmdSave2', 'editUndo', 'viewZoom3', 'fileOpenRecent', 'x86_64', 'aarch64'],
];

/** Category 2's twins. */
export function arrayTwins(seed: number, words: readonly string[]): string[] {
  const { r, int, pick, sw, hexes, ws } = tools(seed, words);
  const code = (): string[] => Array.from({ length: 3 + int(4) }, () => pick(CODE));
  const ids = (): string[] =>
    Array.from({ length: 3 + int(3) }, () => `${pick(['user', 'org', 'req'])}_${r('dig', 6)}`);
  const paths = (): string[] =>
    Array.from({ length: 3 }, () => `${ws(2).join('/')}/${pick(words)}.${pick(['c', 'h'])}`);
  const out: string[] = [];
  for (let i = 0; i < 25; i++) {
    const n = sw().toLowerCase();
    const any = (): string[] => pick([code(), ids(), ws(3 + int(4)), paths()]);
    // Hashes under a name that says no secret (a list of hashes under `tokens` is one of secrets).
    const hashes = (): string[] => pick([hexes(3, 7), hexes(2, 40), [r('hex', 12), r('hex', 12)]]);
    const h = pick(['commits', 'digests', 'shas', 'revs']);
    out.push(
      `static const char *${n}[] = {${dq(any())}};`,
      `const char *${n}_names[] = {\n    ${dq(any(), ',\n    ')},\n    NULL\n};`,
      `$${n} = implode('', [${sq(any())}]);`,
      `$${n} = implode(', ', array(${sq(any(), ', ')}));`,
      `local ${n} = table.concat({${dq(any())}}, ",")`,
      `local ${n} = {${dq(any())}}`,
      `${n}_names:\n${any()
        .map((p) => `  - ${p}`)
        .join('\n')}\nall: "{{ ${n}_names | join(',') }}"`,
      `${n}: [${any().join(', ')}]`,
      `${n}_list = %w[${any().join(' ')}].join(" ")`,
      `const ${n.toUpperCase()}: &str = concat!(${dq(any())});`,
      `let ${n} = [${dq(any())}].concat();`,
      `${n} := strings.Join([]string{\n\t${dq(any(), ',\n\t')},\n}, "")`,
      `${n}=(${any().join(' ')}); IFS=,; echo "\${${n}[*]}"`,
      `${n} = "".join((${dq(any())}))`,
      `static const char *${h}[] = {${dq(hashes())}};`,
      `$${h} = implode('', [${sq(hashes())}]);`,
      `local ${h} = table.concat({${dq(hashes())}})`,
      `${h}=(${hashes().join(' ')}); IFS=; echo "\${${h}[*]}"`,
      `let ${h} = [${dq(hashes())}].concat();`,
      `const ${n} = [\n${any()
        .map((p) => `  '${p}', // ${pick(words)}`)
        .join('\n')}\n].join('');`,
    );
  }
  return out;
}

/** Category 3's twins. */
export function tableTwins(seed: number, words: readonly string[]): string[] {
  const { r, int, pick, sw, hexes, ws } = tools(seed, words);
  const row = (): string[] =>
    pick([
      hexes(3, 12),
      [r('hex', 7), r('hex', 40), r('hex', 12)],
      [`user_${r('dig', 6)}`, `org_${r('dig', 6)}`, `${r('dig', 4)}-${r('dig', 2)}-${r('dig', 2)}`],
      ws(3),
      [String(int(99999)), `${int(100)}.${r('dig', 2)}`, String(int(9))],
      [`sha256:${r('hex', 64)}`, r('alnum', 12), `${pick(words)}.ts`],
      [pick(words), `${pick(words)}_${pick(words)}`, pick(words)],
    ]);
  const cap = (): string => `Table: ${sw()} rotation\n\n`;
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    const c = row();
    const w = Math.max(...c.map((x) => x.length)) + 2;
    const rule = `+${c.map(() => '-'.repeat(w)).join('+')}+`;
    out.push(
      `${cap()}|name|\n|---|\n|${c.join('|')}|`,
      `<table><tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr></table>`,
      `<tr>\n  ${c.map((x) => `<td>${x}</td>`).join('\n  ')}\n</tr>`,
      `${cap()}name\tid\tvalue\n${c.join('\t')}`,
      `${cap()}name,id,value\n${c.join(',')}`,
      `${rule}\n| ${c.map((x) => x.padEnd(w - 2)).join(' | ')} |\n${rule}`,
      `${cap()}| name |\n|------|\n${c.map((x) => `| ${x} |`).join('\n')}`,
      `｜ ${c.join(' ｜ ')} ｜`,
      `| ${c.map((x) => x.padEnd(80)).join(' | ')} |`,
    );
  }
  return out;
}
