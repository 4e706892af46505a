/**
 * Issue 11, categories 2 and 5: tokens cut in pieces (hard wraps at several widths, indented soft
 * wraps, TUI boxes, shell line continuations, concatenated string literals in several languages)
 * are redacted piece by piece when the pieces join into one complete token of a fixed-length
 * family; tokens in a URL's user part, the Telegram Bot API URL, and Anthropic token kinds beyond
 * api/admin/oat. Look-alikes (a complete token followed by a SHA, a word, a number, another
 * literal) keep every byte that is not the token. Values are built at test time from fragments.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const j = (...parts: string[]): string => parts.join('');

function gen(seed: number): (set: keyof typeof CHARSETS, n: number) => string {
  const rand = rng(seed);
  return (set, n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
    return s;
  };
}

/** Tokens of fixed-length families, from fragments. */
function tokens(seed: number): Record<string, string> {
  const r = gen(seed);
  return {
    anthropic: j('sk-', 'ant-', 'api03-', r('urlsafe', 93), 'AA'),
    claudeRefresh: j('sk-', 'ant-', 'ort01-', r('urlsafe', 93), 'AA'),
    openaiProject: j('sk-', 'proj-', r('urlsafe', 74), 'T3Bl', 'bkFJ', r('urlsafe', 74)),
    githubFine: j('github', '_pat_', r('alnum', 22), '_', r('alnum', 59)),
    github: j('gh', 'p_', r('alnum', 36)),
    stripe: j('sk', '_live_', r('alnum', 99)),
    sendgrid: j('SG', '.', r('urlsafe', 22), '.', r('urlsafe', 43)),
    google: j('AI', 'za', r('urlsafe', 35)),
    groq: j('gs', 'k_', r('alnum', 52)),
  };
}

/** True if any 10-character window of the token's body survives in the output, with separators removed. */
function leaked(out: string, token: string): boolean {
  const hay = out.replace(/[\s"'`+│|\\.&]/g, '');
  const body = token.slice(Math.min(12, token.length - 20)).replace(/[.]/g, '');
  for (let i = 0; i + 10 <= body.length; i++) if (hay.includes(body.slice(i, i + 10))) return true;
  return false;
}

/** Cuts a string into pieces of `width` characters. */
const cut = (s: string, width: number): string[] => s.match(new RegExp(`.{1,${width}}`, 'g'))!;

const redactor = new Redactor();

describe('tokens cut in pieces', () => {
  for (const seed of [1, 2, 3]) {
    const all = tokens(seed);
    for (const [family, token] of Object.entries(all)) {
      for (const width of [32, 40, 64, 76, 80]) {
        if (token.length <= width) continue;
        it(`${family} hard-wrapped at ${width} columns (seed ${seed})`, () => {
          const text = `Here is the key:\n${cut(token, width).join('\n')}\nThanks.\n`;
          const out = redactor.redactString(text);
          assert.ok(!leaked(out, token), out);
          assert.ok(out.startsWith('Here is the key:\n') && out.endsWith('\nThanks.\n'), out);
        });
      }
      it(`${family} soft-wrapped onto indented lines, in a TUI box, after a shell continuation (seed ${seed})`, () => {
        const line = `    KEY=${token}`;
        const soft = cut(line, 50).join('\n    ');
        const box = cut(token, 30)
          .map((p) => `│ ${p.padEnd(30)} │`)
          .join('\n');
        const shell = `curl -H "X-Key: ${token.slice(0, 20)}\\\n${token.slice(20)}" https://api.example.com`;
        for (const text of [soft, box, shell]) {
          const out = redactor.redactString(text);
          assert.ok(!leaked(out, token), out);
          assert.equal(out.split('\n').length, text.split('\n').length);
        }
      });
      it(`${family} split into concatenated string literals (seed ${seed})`, () => {
        const at = Math.floor(token.length / 2);
        const [a, b] = [token.slice(0, at), token.slice(at)];
        const texts = [
          `const apiKey = "${a}" + "${b}";`,
          `TOKEN = (\n    "${a}"\n    "${b}"\n)\n`,
          `$key = '${a}' .\n  '${b}';`,
          `SELECT '${a}' ||\n  '${b}';`,
          `String k = "${a}" +\n    "${b}";`,
          `key = "${token.slice(0, 12)}" +
  "${token.slice(12, 40)}" +
  "${token.slice(40)}"`,
        ];
        for (const text of texts) {
          const out = redactor.redactString(text);
          assert.ok(!leaked(out, token), out);
          // The quotes and the code around them stay: every literal is still a literal.
          assert.equal(out.split(/["']/).length, text.split(/["']/).length, out);
        }
      });
    }
  }

  it('a complete token at the end of a line never takes the next line', () => {
    const r = gen(9);
    const all = tokens(9);
    for (const token of Object.values(all)) {
      for (const next of [
        r('hex', 40),
        r('hex', 64),
        r('alnum', 36),
        'Thanks',
        '1234567890',
        `${r('alnum', 20)} and more`,
      ]) {
        const text = `token: ${token}\n${next}\n`;
        const out = redactor.redactString(text);
        assert.ok(out.endsWith(`\n${next}\n`), `${next} was eaten: ${out}`);
        // On the same line, a random literal after it is no piece of it: kept, or replaced on its own as a value beside
        // a secret (companions.ts), never joined to the token's placeholder.
        const code = `k = "${token}" + "${next}"`;
        assert.match(
          redactor.redactString(code),
          new RegExp(`\\]" \\+ "(?:${next}|\\[REDACTED:companion-token\\][^"]*)"$`),
          code,
        );
      }
    }
  });

  it('pieces that do not join into one whole token are left alone', () => {
    const r = gen(10);
    // A prefix that is only a mention, and lines of random text that do not complete a token.
    const texts = [
      `Tokens look like ${j('gh', 'p_')}\n${r('alnum', 20)}\n`,
      `prefix ${j('gh', 'p_', r('alnum', 10))}\n${r('alnum', 30)}\n`,
      `sha: ${r('hex', 20)}\n${r('hex', 20)}\n`,
      `"${j('AI', 'za')}" + "${r('alnum', 10)}"`,
    ];
    for (const text of texts) assert.equal(redactor.redactString(text), text);
  });
});

describe('provider families in URLs and new kinds', () => {
  for (const seed of [4, 5]) {
    const r = gen(seed);
    const userTokens = [
      j('gh', 'p_', r('alnum', 36)),
      j('github', '_pat_', r('alnum', 22), '_', r('alnum', 59)),
      j('gl', 'pat-', r('urlsafe', 20)),
      j('hf', '_', r('letters', 34)),
      j('gh', 's_', r('alnum', 36)),
    ];
    it(`a token as a URL's user part (seed ${seed})`, () => {
      for (const token of userTokens) {
        for (const text of [
          `git remote set-url origin https://${token}@github.com/acme/app.git`,
          `git clone https://${token}@gitlab.com/acme/app`,
          `pip install git+https://${token}@github.com/acme/lib.git`,
          `url = "http://${token}@host.example/x"`,
        ]) {
          const out = redactor.redactString(text);
          assert.ok(!out.includes(token.slice(-12)), out);
          assert.ok(out.includes('@'), out);
        }
      }
    });
    it(`the Telegram token inside the Bot API URL (seed ${seed})`, () => {
      const token = j(r('digits', 9 + (seed % 2)), ':A', 'A', r('urlsafe', 33));
      for (const text of [
        `requests.post("https://api.telegram.org/bot${token}/sendMessage", json=msg)`,
        `curl -s https://api.telegram.org/bot${token}/getUpdates`,
        `fetch(\`https://api.telegram.org/bot${token}/sendPhoto\`)`,
      ]) {
        const out = redactor.redactString(text);
        assert.ok(!out.includes(token.slice(-12)), out);
        assert.ok(out.includes('/bot[REDACTED:telegram-bot-token]/'), out);
      }
      // A folder or file named after the URL's path (a mirror saved to disk): `bot<token>` alone.
      assert.equal(redactor.redactString(`bot${token}`), 'bot[REDACTED:telegram-bot-token]');
    });
    it(`Anthropic token kinds (api, admin, OAuth access and refresh) (seed ${seed})`, () => {
      for (const kind of ['api03', 'admin01', 'oat01', 'ort01']) {
        const token = j('sk-', 'ant-', kind, '-', r('urlsafe', 93), 'AA');
        const out = redactor.redactString(`'${token}'`);
        assert.equal(out, `'[REDACTED:anthropic-api-key]'`);
      }
    });
  }
  it('URL paths and hosts that start like a token are kept', () => {
    const r = gen(6);
    for (const text of [
      `https://ghp_docs.example.com/${r('alnum', 36)}`,
      `see https://example.com/bot${r('digits', 5)}/status`,
      `https://github.com/${r('hex', 40)}`,
    ])
      assert.equal(redactor.redactString(text), text);
  });
});
