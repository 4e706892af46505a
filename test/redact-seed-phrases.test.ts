/**
 * Issue 11, category 5 (families with no rule), attack 17: wallet seed phrases with no label before them (a code
 * string's default, a neutral variable, a sentence, a numbered list, a tool call's JSON) went out, and a labelled one
 * holding a BIP-39 word that is also a placeholder word (`replace`, `example`, `sample`, `enter`) was kept as a
 * placeholder. Every phrase is drawn from the whole BIP-39 English list; a leak is any 10-character window of it in
 * the output. The twins: the list itself (alphabetical), word lists in code, sentences of list words with prose words
 * among them, runs of eleven, and real text (every Markdown file of node_modules and this repository) where the pass
 * must find nothing.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { createHash } from 'node:crypto';
import { Redactor } from '../src/core/redact/redactor.js';
import { BIP39_ENGLISH as wordlist } from '../src/core/redact/bip39-english.js';
import { seedPhrasePass } from '../src/core/redact/seed-phrases.js';
import { rng } from './helpers/fake-secrets.js';

const rand = rng(Number(process.env.REDACT_SEED ?? 20261203) + 18);
const words = (n: number): string[] => Array.from({ length: n }, () => wordlist[Math.floor(rand() * 2048)]!);
const json = (s: string): string => JSON.stringify(s).slice(1, -1);

/** Where a phrase goes with no seed-phrase label before it (`{v}`: the words on one line; `w`: the words). */
const PLACEMENTS: ((v: string, w: string[]) => string)[] = [
  (v) => `SEED = os.getenv("WALLET_SEED", "${v}")\n`,
  (v) => `words = os.environ.get("RESTORE_WORDS", '${v}')\n`,
  (v) => `let restore = "${v}";\n`,
  (v) => `const words = process.env.RESTORE ?? '${v}';\n`,
  (v) => `restore := "${v}"\n`,
  (v) => `let words = env::var("W").unwrap_or("${v}".into());\n`,
  (v) => `val restore = "${v}"\n`,
  (v) => `let words: String = "${v}"\n`,
  (v) => `private static final String WORDS = "${v}";\n`,
  (v) => `restore_words: ${v}\n`,
  (v, w) => `wallet:\n  words: >-\n    ${w.slice(0, 6).join(' ')}\n    ${w.slice(6).join(' ')}\n`,
  (v) => `[wallet]\nwords = "${v}"\n`,
  (v) => `ARG WORDS="${v}"\nRUN wallet restore "$WORDS"\n`,
  (v) => `echo '${v}' | cast wallet import dev --interactive\n`,
  (v) => `cat <<EOF | wallet-cli restore\n${v}\nEOF\n`,
  (v) => `I restored the wallet with ${v} and it worked.\n`,
  (v) => `The words were: ${v}.\n`,
  (v) => `- ${v}\n`,
  (v) => `\`\`\`\n${v}\n\`\`\`\n`,
  (v) => `{"tool": "write_file", "args": {"content": "${json(v)}"}}\n`,
  (v) => `{"result": "${json(JSON.stringify({ text: v }))}"}\n`,
  (v, w) => `${w.map((x, i) => `${i + 1}. ${x}`).join('\n')}\n`,
  (v, w) => `  ${w.map((x, i) => `${i + 1}) ${x}`).join('\n  ')}\n`,
  (v, w) => `Here is what I wrote down: ${w.slice(0, 7).join(' ')}\n${w.slice(7).join(' ')}\n`,
  (v) => `<code>${v}</code>\n`,
  (v) => `wallet,"${v}",main\n`,
  (v) => `INSERT INTO notes (body) VALUES ('${v}');\n`,
  (v) => `# ${v}\n`,
  // Under a label: the words may include BIP-39's placeholder-like words.
  (v) => `mnemonic: ${v}\n`,
  (v) => `Seed phrase: "${v}"\n`,
];
const LENGTHS = [12, 15, 18, 21, 24];

/** The phrase's 10-character windows found in the output. */
const leaked = (phrase: string, out: string): string[] => {
  const found: string[] = [];
  for (let i = 0; i + 10 <= phrase.length; i++)
    if (out.includes(phrase.slice(i, i + 10))) found.push(phrase.slice(i, i + 10));
  return found;
};

describe('seed phrases with no label', () => {
  const redactor = new Redactor();

  it("holds BIP-39's English list: the standard's english.txt, by its SHA-256", () => {
    const sha = createHash('sha256')
      .update(`${wordlist.join('\n')}\n`)
      .digest('hex');
    assert.equal(sha, '2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda');
  });

  it(`redacts ${PLACEMENTS.length} placements × ${LENGTHS.length} lengths × 3 phrases, placeholder words included`, () => {
    const leaks: string[] = [];
    let planted = 0;
    for (const place of PLACEMENTS)
      for (const n of LENGTHS)
        for (let k = 0; k < 3; k++) {
          const w = words(n);
          // One phrase in three holds a word that is also a placeholder word.
          if (k === 0) w[Math.floor(rand() * n)] = ['replace', 'example', 'sample', 'enter'][Math.floor(rand() * 4)]!;
          const v = w.join(' ');
          const out = redactor.redactString(place(v, w));
          planted++;
          if (leaked(v, out).length > 0) leaks.push(out.slice(0, 160));
        }
    assert.equal(planted, PLACEMENTS.length * LENGTHS.length * 3);
    assert.deepEqual(leaks.slice(0, 5), [], `${leaks.length} of ${planted} leaked`);
  });

  it('keeps the word list itself, word lists in code, prose with list words and runs of eleven', () => {
    const sorted = [...wordlist];
    const twins: string[] = [];
    for (let at = 0; at + 40 <= sorted.length; at += 97) {
      twins.push(`${sorted.slice(at, at + 40).join(' ')}\n`, `${sorted.slice(at, at + 40).join('\n')}\n`);
      twins.push(
        `const WORDS = [${sorted
          .slice(at, at + 24)
          .map((x) => `'${x}'`)
          .join(', ')}];\n`,
      );
    }
    twins.push(`${sorted.join('\n')}\n`);
    for (let i = 0; i < 300; i++) {
      const w = words(11 + Math.floor(rand() * 20));
      // A prose word (no BIP-39 word) at least every eleventh place.
      for (let j = Math.floor(rand() * 11); j < w.length; j += 1 + Math.floor(rand() * 11))
        w[j] = ['the', 'and', 'with', 'of', 'to', 'is', 'your', 'was', 'from'][Math.floor(rand() * 9)]!;
      twins.push(`${w.join(' ')}.\n`, `  "${w.join(' ')}",\n`);
      const eleven = words(11).join(' ');
      // A text made of a few words of the list, repeating them (a generated mail, a word salad).
      // (`seed` is a label's word: words after it are secret-lists.ts' to judge.)
      const few = words(6).map((x) => (x === 'seed' ? 'soil' : x));
      twins.push(Array.from({ length: 30 }, () => few[Math.floor(rand() * 6)]).join(' ') + '\n');
      twins.push(`${eleven}\n`, `note: "${eleven}" (eleven words)\n`, `fruit = ["${words(14).join('", "')}"]\n`);
    }
    const changed = twins.filter((t) => redactor.redactString(t) !== t);
    assert.deepEqual(
      changed.slice(0, 5).map((t) => [t, redactor.redactString(t)]),
      [],
      `${changed.length} of ${twins.length} changed`,
    );
  });

  it('finds no phrase in real text: every Markdown file of node_modules and of this repository', () => {
    const pass = seedPhrasePass();
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const files: string[] = [];
    const walk = (dir: string, depth: number): void => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        // node_modules may be a link (a worktree's): followed, as any directory.
        const st = statSync(p, { throwIfNoEntry: false });
        if (st?.isDirectory() && depth < 8 && name !== '.git' && name !== 'dist') walk(p, depth + 1);
        else if (st?.isFile() && /\.(?:md|markdown|txt)$/i.test(name) && st.size < 4_000_000) files.push(p);
      }
    };
    walk(root, 0);
    const found: string[] = [];
    let bytes = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      bytes += text.length;
      for (const h of pass.run!(text)) found.push(`${f}: ${text.slice(h.start, h.end)}`);
    }
    assert.ok(files.length > 300 && bytes > 2_000_000, `${files.length} files, ${bytes} bytes`);
    assert.deepEqual(found.slice(0, 5), []);
  });
});
