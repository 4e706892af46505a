import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng, uuidOf } from './helpers/fake-secrets.js';
import { damaged, hexdumpC, hexEscapes, leakedPlacements, randomToken } from './helpers/placements.js';

/**
 * Placements where the secret's spelling is the problem (categories 2, 3, 5 and 7 of the leaks brief): tokens wrapped
 * across box borders and hard-wrapped lines, hex encodings of short tokens and of `NAME=value` lines, secrets in URL
 * query parameters, password and token flags with unusual quoting or split across argument lists. Values are random
 * per run (REDACT_SEED); each placement must leave no 10-character window of its value, each look-alike must come out
 * byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 5151));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const len = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
const uuid = (): string => uuidOf(tok(CHARSETS.hex, 32), true);

describe('2. tokens wrapped across box borders and hard-wrapped lines', () => {
  const value = (): string =>
    pick([
      () => `sk-proj-${tok(CHARSETS.urlsafe, len(40, 120))}`,
      () => `sk-${tok(CHARSETS.alnum, len(40, 60))}`,
      () => `gsk_${tok(CHARSETS.alnum, len(40, 60))}`,
      () => tok(CHARSETS.alnum, len(40, 90)),
    ])();
  /** The line `NAME=value` cut at `width` columns, each piece framed by `l` and `r`. */
  const boxed = (line: string, width: number, l: string, r: string): string => {
    const rows: string[] = [];
    for (let i = 0; i < line.length; i += width) rows.push(`${l}${line.slice(i, i + width).padEnd(width)}${r}`);
    return rows.join('\n');
  };
  const name = (): string => pick(['OPENAI_API_KEY', 'api_key', 'GROQ_API_KEY', 'token', 'ANTHROPIC_API_KEY']);
  it('redacts every piece of the wrapped value', () => {
    const w = (): number => len(30, 50);
    const missed = leakedPlacements([
      [
        'run.log',
        (v) => `╭${'─'.repeat(42)}╮\n${boxed(`${name()}=${v}`, 40, '│ ', ' │')}\n╰${'─'.repeat(42)}╯\n`,
        value,
      ],
      ['run.log', (v) => boxed(`export ${name()}="${v}"`, w(), '┃ ', ' ┃'), value],
      [
        'run.log',
        (v) => `+${'-'.repeat(38)}+\n${boxed(`${name()}: ${v}`, 36, '| ', ' |')}\n+${'-'.repeat(38)}+\n`,
        value,
      ],
      ['run.log', (v) => boxed(`key = ${v}`, w(), '│', '│'), value],
      ['answer.txt', (v) => boxed(`Your key is ${v} - keep it safe.`, w(), '', ''), value],
      ['notes.md', (v) => boxed(`${name()}=${v}${tok(CHARSETS.alnum, 40)}`, len(24, 32), '', ''), value],
      ['run.log', (v) => `{"output": ${JSON.stringify(boxed(`${name()}=${v}`, 40, '│ ', ' │'))}}\n`, value],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps boxed and wrapped prose, paths and hashes', () => {
    const sha = tok(CHARSETS.hex, 40);
    assert.deepEqual(
      damaged([
        ['run.log', `│ commit ${sha}                          │\n│ Author: agent_a <agent@example.com>        │\n`],
        ['run.log', '│ /home/user/projects/massgen/src/agents/coordination_orchestrator_v2/ │\n│ final_answer.md │\n'],
        [
          'run.log',
          '+----------------------------------+\n| model: gpt-4o-2024-08-06         |\n| tokens: 12034                    |\n+----------------------------------+\n',
        ],
        ['notes.md', 'The orchestrator collected every answer and then voted for\nthe most complete one, agent_b.\n'],
      ]),
      [],
    );
  });
});

const hexOf = (s: string): string => Buffer.from(s).toString('hex');
describe('3. hex encodings of secrets, short tokens included', () => {
  const short = (): string =>
    pick([() => tok(CHARSETS.alnum, len(16, 40)), () => `sk-${tok(CHARSETS.alnum, len(16, 40))}`])();
  const xxd = (s: string): string => hexOf(s).replace(/(.{60})/g, '$1\n');
  const od = (s: string): string =>
    [...Buffer.from(s)]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join(' ')
      .replace(/((?:\S\S ){16})/g, '$1\n')
      .split('\n')
      .map((l) => ` ${l.trim()}`)
      .join('\n');
  it('redacts xxd -p, od, hexdump -C, bytes.hex() and \\x sequences', () => {
    const missed = leakedPlacements([
      ['run.log', (v) => `$ echo -n "$OPENAI_API_KEY" | xxd -p\n${xxd(v)}\n`, short],
      ['run.log', (v) => `$ printf %s "$TOKEN" | xxd -p\n${xxd(v)}\n`, short],
      ['run.log', (v) => `$ printf %s "$KEY" | od -An -tx1\n${od(v)}\n`, short],
      ['run.log', (v) => `$ cat .env | hexdump -C\n${hexdumpC(`OPENAI_API_KEY=${v}\n`)}\n`, short],
      ['run.log', (v) => `$ printf %s "$TOKEN" | hexdump -C\n${hexdumpC(v)}\n`, short],
      ['run.log', (v) => `${hexdumpC(`${v}\n`)}\n`, short],
      ['run.log', (v) => `${xxd(`GROQ_API_KEY=${v}`)}\n`, short],
      ['run.py', (v) => `>>> api_key.encode().hex()\n'${hexOf(v)}'\n`, short],
      ['run.py', (v) => `>>> bytes.fromhex('${hexOf(v)}')\n`, short],
      ['run.log', (v) => `DEBUG key bytes: ${hexOf(v)}\n`, short],
      ['app.py', (v) => `KEY = b"${hexEscapes(v)}"\n`, short],
      ['app.py', (v) => `secret = "${hexEscapes(v)}"\n`, short],
      ['run.log', (v) => `{"stdout": "${xxd(`TOKEN=${v}`).replace(/\n/g, '\\n')}"}\n`, short],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps hashes, hex of words and byte dumps of binaries', () => {
    assert.deepEqual(
      damaged([
        ['run.log', `sha256: ${tok(CHARSETS.hex, 64)}\ncommit ${tok(CHARSETS.hex, 40)}\n`],
        ['run.log', `$ echo -n hello world | xxd -p\n${hexOf('hello world, this is a test')}\n`],
        ['run.log', `00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|\n`],
        ['app.py', 'MAGIC = b"\\x89PNG\\r\\n\\x1a\\n"\nsep = "\\x1b[0m"\n'],
        ['run.log', `object id ${hexOf('index.html main.py')}\n`],
        ['run.log', `${hexOf('The quick brown fox jumps')}\n`],
      ]),
      [],
    );
  });
});

describe('5. secrets in URL query parameters', () => {
  const value = (): string =>
    pick([
      () => tok(CHARSETS.hex, pick([32, 40, 48, 64])),
      uuid,
      () => tok(CHARSETS.urlsafe, len(24, 64)),
      () => tok(CHARSETS.alnum, len(24, 48)),
    ])();
  const param = (): string => pick(['key', 'apikey', 'api_key', 'access_token', 'token', 'sig', 'apiKey', 'auth']);
  it('redacts them in logs, curl commands and JSON strings', () => {
    const missed = leakedPlacements([
      ['run.log', (v) => `GET https://api.example.com/v1/data?${param()}=${v} 200\n`, value],
      ['run.log', (v) => `GET /v1/search?q=cats&${param()}=${v}&limit=10 HTTP/1.1\n`, value],
      ['run.sh', (v) => `curl "https://api.example.com/v2/items?page=2&${param()}=${v}"\n`, value],
      ['run.sh', (v) => `curl -s 'https://maps.example.com/geocode?address=Paris&${param()}=${v}'\n`, value],
      ['config.json', (v) => `{"endpoint": "https://api.example.com/stream?${param()}=${v}"}\n`, value],
      ['run.log', (v) => `{"url": "https://api.example.com/x?format=json&${param()}=${v}"}\n`, value],
      ['notes.md', (v) => `Open <https://api.example.com/feed?${param()}=${v}> in a browser.\n`, value],
      ['run.log', (v) => `Fetching wss://stream.example.com/ws?${param()}=${v}\n`, value],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps cursors, ids, commits, words and cache paths in queries', () => {
    const u = uuid();
    const h = tok(CHARSETS.hex, 40);
    assert.deepEqual(
      damaged([
        ['run.log', `GET /v1/files?page_token=${tok(CHARSETS.urlsafe, 40)}&limit=100\n`],
        ['run.log', `GET /v1/runs?id=${u}&expand=steps\n`],
        ['run.log', `GET https://cdn.example.com/app.js?v=${h}\n`],
        ['run.log', 'GET /api/cache?key=user_profile_settings&ttl=60\n'],
        ['run.log', 'GET /api/cache?key=sessions/2024/11/agent_a/final.json\n'],
        ['run.log', `GET /v1/threads?cursor=${tok(CHARSETS.alnum, 32)}&next_page=2\n`],
        ['run.log', `GET /v1/messages?request_id=${u}&trace_id=${h}\n`],
      ]),
      [],
    );
  });
});

describe('7. password and token flags with unusual quoting and split argument lists', () => {
  const word = (): string => tok(CHARSETS.alnum, len(12, 28));
  const punct = (): string => `${pick(['*', '!', '#', '%', '&', '@', '^'])}${word()}${pick(['!', '?', '', '#'])}`;
  const spaced = (): string => `${word()} ${word()}`;
  const any = (): string => pick([punct, spaced, word])();
  it('redacts quoted, joined and separated values', () => {
    const missed = leakedPlacements([
      ['run.sh', (v) => `docker login -u bot -p '${v}' registry.example.com\n`, any],
      ['run.sh', (v) => `app deploy --password="${v}" --env prod\n`, any],
      ['run.sh', (v) => `mysql -h db -u app -p"${v.replace(/"/g, '')}"\n`, punct],
      ['run.sh', (v) => `massgen run --token '${v}' --verbose\n`, any],
      ['run.sh', (v) => `mysql -u root -p${v.replace(/[ '"$&!#*?^%@]/g, 'x')} -h 127.0.0.1 appdb\n`, word],
      ['run.sh', (v) => `mysql -uroot -p'${v}' appdb\n`, any],
      ['config.yaml', (v) => `command: serve\nargs: ["--api-key", "${v}", "--port", "8080"]\n`, any],
      ['config.yaml', (v) => `args:\n  - --token=${v.replace(/ /g, '_')}\n  - --port=8080\n`, word],
      ['config.yaml', (v) => `args:\n  - "--token"\n  - "${v}"\n  - "--debug"\n`, any],
      ['config.yaml', (v) => `args:\n  - --password\n  - '${v}'\n`, any],
      ['config.json', (v) => `{"args": ["--api-key", "${v}"]}\n`, any],
      ['run.py', (v) => `subprocess.run(["tool", "--token", "${v}", "--verbose"])\n`, any],
      ['run.log', (v) => `{"cmd": "docker login -p '${v}' ghcr.io"}\n`, any],
      ['run.log', (v) => `$ login --password "${v}"\n`, any],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps flags whose values are placeholders, variables, ports and paths', () => {
    assert.deepEqual(
      damaged([
        ['run.sh', 'docker login -u bot -p "$REGISTRY_PASSWORD" registry.example.com\n'],
        ['run.sh', 'app deploy --password="${DB_PASSWORD}" --env prod\n'],
        ['run.sh', 'psql -h db -U app -p 5432\nssh -p 2222 host\n'],
        ['run.sh', 'mysql -u root -p appdb\n'],
        ['config.yaml', 'args: ["--api-key", "$(API_KEY)", "--port", "8080"]\n'],
        ['config.yaml', 'args:\n  - "--token"\n  - "${TOKEN}"\n  - "--token-file"\n  - "/run/secrets/token"\n'],
        ['run.py', 'subprocess.run(["tool", "--token", token, "--verbose"])\n'],
        ['run.sh', "massgen run --token-budget '2000' --password-file ~/.pw\n"],
      ]),
      [],
    );
  });
});
