/**
 * A terminal capture read as text (its first backspace after byte 3,072, so gh takes it for text): `script`'s
 * typescript of a user typing a key and correcting typos with backspaces (`GROQ_API_KEY=gsk_jvx<BS>fW…`). The binary
 * scan applies backspaces (binary-views.ts, test/redact-backspaces); the text path's normalised view now does too
 * (normalise.ts), mapped back to the original bytes: no 10-character window of the key can be read in the export,
 * whether the recipient's terminal applies the backspaces or not. The twin: man pages (bold and underlined
 * overstrikes), corrected commands and spinners without a secret come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { windowLeak } from './helpers/chunk-corpus.js';
import { fakeSecrets, randomStrings, rng } from './helpers/fake-secrets.js';

const BS = '\b';
const redactor = new Redactor();

/** What a terminal shows: each backspace takes back the character before it on its line. */
function shown(text: string): string {
  const out: string[] = [];
  for (const c of text) {
    if (c !== BS) out.push(c);
    else if (out.length > 0 && out[out.length - 1] !== '\n') out.pop();
  }
  return out.join('');
}

/** A capture's first 3,100 or more bytes: commands and their output, with prompts and colour codes. */
function preamble(rand: () => number): string {
  const cmds = ['ls -la', 'git status', 'cd project', 'python -m venv .venv', 'pip install massgen', 'cat README.md'];
  let s = 'Script started on 2026-12-02 18:30:00+00:00 [TERM="xterm-256color" TTY="/dev/pts/3"]\r\n';
  while (s.length < 3100)
    s += `\x1b[?2004h\x1b[01;32muser@box\x1b[00m:\x1b[01;34m~/p\x1b[00m$ ${cmds[Math.floor(rand() * cmds.length)]}\r\n${'total 48\r\n'.repeat(1 + Math.floor(rand() * 3))}`;
  return s;
}

/** `line` typed with 1 or 2 typos (1 to 3 wrong characters each) taken back, inside [from, line.length). */
function typed(rand: () => number, line: string, from: number): string {
  const at = [
    ...new Set([0, 1].slice(0, 1 + Math.floor(rand() * 2)).map(() => from + Math.floor(rand() * (line.length - from)))),
  ];
  at.sort((a, b) => b - a);
  let s = line;
  for (const p of at) {
    const typo = 'xq#'.slice(0, 1 + Math.floor(rand() * 3));
    s = s.slice(0, p) + typo + BS.repeat(typo.length) + s.slice(p);
  }
  return s;
}

describe('a terminal capture read as text, with backspaces inside a key', () => {
  it('is redacted for every family, a typo corrected in the name or the value', () => {
    const rand = rng(20261202);
    const missed: string[] = [];
    let n = 0;
    for (const seed of [21, 22, 23, 24, 25]) {
      const r = randomStrings(seed);
      const secrets = fakeSecrets(seed)
        .filter((s) => s.value.length >= 20 && !/[\n\\]/.test(s.value))
        .map((s) => ({ family: s.family, value: s.value, line: s.context }));
      for (const [name, value] of [
        ['KAGGLE_KEY', r('hex', 32)],
        ['DB_PASSWORD', r('alnum', 20)],
        ['PRIVATE_KEY', `0x${r('hex', 64)}`],
      ] as const)
        secrets.push({ family: name, value, line: `export ${name}=${value}` });
      for (const s of secrets) {
        for (let k = 0; k < 3; k++) {
          // In the value (past its first characters), or anywhere in the line, the name included.
          const from = k === 0 ? 4 : s.line.indexOf(s.value) + 4;
          const capture = `${preamble(rand)}$ ${typed(rand, s.line, from)}\r\n$ python run.py\r\nexit\r\n`;
          assert.ok(capture.indexOf(BS) > 3072);
          const out = redactor.redactString(capture);
          n++;
          if (windowLeak(shown(out), s.value) || windowLeak(out.replace(/[\b]/g, ''), s.value)) missed.push(s.family);
        }
      }
    }
    assert.ok(n >= 500, `${n} captures`);
    assert.deepEqual(missed, []);
  });

  it('leaves man pages, corrected commands and spinners without a secret byte for byte', () => {
    const rand = rng(7);
    const r = randomStrings(8);
    const bold = (w: string): string => [...w].map((c) => `${c}${BS}${c}`).join('');
    const under = (w: string): string => [...w].map((c) => `_${BS}${c}`).join('');
    const words = ['list', 'directory', 'contents', 'option', 'file', 'token', 'password', 'key', 'secret', 'sort'];
    const changed: string[] = [];
    let n = 0;
    for (let k = 0; k < 200; k++) {
      const w = (): string => words[Math.floor(rand() * words.length)]!;
      const page =
        `${bold('NAME')}\n       ${w()} - ${w()} ${w()}\n${bold('SYNOPSIS')}\n       ${bold(w())} [${under('OPTION')}]... ` +
        `[${under(w().toUpperCase())}]\n${bold('DESCRIPTION')}\n       ${bold(`--${w()}-${w()}`)}=${under(w().toUpperCase())}\n` +
        `       commit ${r('hex', 40)}, the ${bold('API_KEY')} variable.\n`;
      const capture =
        `${preamble(rand)}$ git stat${BS}${BS}${BS}${BS}log --oneline\r\n${r('hex', 7)} fix\r\n` +
        `Installing |${BS}/${BS}-${BS}\\${BS}done\r\n$ export DEBUG=tr${BS}${BS}true\r\n$ echo $API_KEY${BS}${BS}${BS}TOKEN\r\n`;
      for (const text of [page, capture]) {
        n++;
        if (redactor.redactString(text) !== text) changed.push(text.slice(0, 80));
      }
    }
    assert.ok(n >= 400, `${n} texts`);
    assert.deepEqual(changed, []);
  });

  it('reads long runs of backspaces in linear time', () => {
    for (const text of [`a${BS}`.repeat(1 << 19), BS.repeat(1 << 20), `${'x'.repeat(1 << 19)}${BS.repeat(1 << 19)}`]) {
      const t0 = process.cpuUsage();
      redactor.redactString(text);
      const { user, system } = process.cpuUsage(t0);
      assert.ok(user + system < 3e6, `${(user + system) / 1e6} s`);
    }
  });
});
