import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, fakeSecrets, leaks, rng, type FakeSecret } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 20261201);
const rand = rng(SEED + 11);
const random = (set: keyof typeof CHARSETS, n: number): string =>
  Array.from({ length: n }, () => CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)]).join('');

/** Each text comes out of the redactor byte for byte. */
const assertKept = (r: Redactor, texts: readonly string[]): void => {
  for (const text of texts) assert.equal(r.redactString(text), text);
};

/** Every hex run in a text decoded, as a recipient could: the leak check reads these too. */
const hexDecoded = (text: string): string =>
  [...text.matchAll(/(?:0x)?((?:[0-9a-fA-F]{2}){8,})/g)]
    .map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'))
    .join('\n');
const leaksIn = (out: string, secrets: readonly FakeSecret[]): string[] => leaks(`${out}\n${hexDecoded(out)}`, secrets);

/** The families whose value alone is a secret (a key-name, URL-password or header family needs what is beside it). */
const shaped = fakeSecrets(SEED).filter(
  (s) => !s.value.includes('\n') && s.value.length >= 16 && new Redactor().redactString(s.value) !== s.value,
);

describe('hex-encoded secrets (xxd -p, .hex(), toString("hex"))', () => {
  const r = new Redactor();
  const placements = (hex: string): string[] => [
    `payload: ${hex}`,
    `{"blob": "${hex}"}`,
    `dump=0x${hex} end`,
    `The agent printed ${hex.toUpperCase()} to the log.`,
    `echo ${hex} | xxd -r -p`,
  ];
  it(`${shaped.length} families x 5 placements: the hex of a key goes out redacted`, () => {
    const missed: string[] = [];
    for (const s of shaped) {
      for (const text of placements(Buffer.from(s.value).toString('hex'))) {
        const out = r.redactString(text);
        if (leaksIn(out, [s]).length > 0 || !out.includes('[REDACTED:hex:'))
          missed.push(`${s.family}: ${text.slice(0, 60)}`);
      }
    }
    assert.deepEqual(missed, []);
  });
  it('a key-name line spelled in hex (a .env pasted through xxd) is redacted too', () => {
    const value = random('alnum', 32);
    const out = r.redactString(`env ${Buffer.from(`MISTRAL_API_KEY=${value}\n`).toString('hex')}`);
    assert.deepEqual(leaksIn(out, [{ family: 'mistral', value, context: '' }]), []);
  });
  it('digests, ids and hex of plain prose stay byte for byte', () => {
    const hexOf = (s: string) => Buffer.from(s).toString('hex');
    const kept = [
      `sha1 ${random('hex', 40)}`,
      `sha256: ${random('hex', 64)}`,
      `"integrity": "${random('hex', 128)}"`,
      `commit ${random('hex', 40)} (HEAD -> main)`,
      `trace_id=${random('hex', 32)} span_id=${random('hex', 16)}`,
      `0x${random('hex', 64)}`,
      `body ${hexOf('the agent wrote index.html then ran the tests and voted')}`,
      `placeholder ${hexOf('api_key: your-api-key-here')}`,
      `${hexOf('GET /v1/models HTTP/1.1')} request`,
    ];
    assertKept(r, kept);
  });
});

describe('an Authorization header set by a call or given as a pair', () => {
  const r = new Redactor();
  const value = (): string => random('urlsafe', 40);
  const forms: ((v: string) => string)[] = [
    (v) => `headers.set("Authorization", "Bearer ${v}");`,
    (v) => `headers.append('Authorization', 'Bearer ${v}')`,
    (v) => `req.setHeader("Authorization", "Token ${v}")`,
    (v) => `conn.setRequestProperty("Authorization", "Bearer ${v}");`,
    (v) => `req.Header.Set("Authorization", "Bearer ${v}")`,
    (v) => `client.DefaultRequestHeaders.Add("Authorization", "Bearer ${v}");`,
    (v) => `headers = [("Authorization", "Bearer ${v}"), ("Accept", "application/json")]`,
    (v) => `new Headers([["Authorization", "Bearer ${v}"]])`,
    (v) => `'Authorization' => 'Bearer ${v}',`,
    (v) => `curl_setopt($ch, CURLOPT_HTTPHEADER, ["Authorization: Bearer ${v}"]);`,
  ];
  it(`${forms.length} forms: the credential is redacted`, () => {
    for (const form of forms) {
      const v = value();
      const out = r.redactString(form(v));
      assert.deepEqual(leaks(out, [{ family: 'bearer', value: v, context: '' }]), [], out);
      assert.match(out, /\[REDACTED:/);
    }
  });
  it('code that builds the header from a variable, and prose, stay', () => {
    assertKept(r, [
      'headers.set("Authorization", "Bearer " + token);',
      'headers.set("Authorization", `Bearer ${token}`);',
      'req.Header.Set("Authorization", "Bearer "+os.Getenv("TOKEN"))',
      'headers = [("Authorization", f"Bearer {token}")]',
      'Authorization, Bearer tokens and API keys are described in the docs.',
      'conn.setRequestProperty("Authorization", "Basic " + encoded);',
    ]);
  });
});

describe('numbered secret names (a generated config of many keys)', () => {
  it('api_key_325, client_secret_1024, db_password_100: the value is redacted, inline and as a block scalar', () => {
    const r = new Redactor();
    for (const name of [
      'api_key_325',
      'client_secret_1024',
      'db_password_100',
      'service_api_key_2048',
      'API_KEY_999',
    ]) {
      const value = random('alnum', 32);
      for (const text of [`${name}: ${value}\n`, `${name}: |\n  ${value}\n`, `{"${name}": "${value}"}`]) {
        const out = r.redactString(text);
        assert.deepEqual(leaks(out, [{ family: name, value, context: '' }]), [], out);
        // Named a secret (any value), not judged by how random the value looks.
        assert.match(out, /\[REDACTED:secret-key-value\]/, out);
      }
    }
  });
  it('message ids and counters with numbers stay', () => {
    const r = new Redactor();
    assertKept(r, ['Unexpected_token_1012: invalid input here', 'sort_key_100: created_at', 'max_tokens_4096: 4096']);
  });
});

describe('a password in prose (a mail, a note, a chat answer)', () => {
  const r = new Redactor();
  const symbols = '!@#$%^&*';
  const symbol = (): string => symbols[Math.floor(rand() * symbols.length)]!;
  // A symbol inside, first (`%…`, `*…`) or with letters only around it.
  const shapes = [
    () => random('alnum', 10) + symbol() + random('digits', 2) + random('letters', 3),
    // (Not `$`: `$` and a word reads as a shell variable, `$DB_PASS`, and is kept.)
    () => symbol().replace('$', '#') + random('alnum', 14),
    () => random('letters', 8) + symbol() + random('letters', 7),
  ];
  let turn = 0;
  const password = (): string => shapes[turn++ % shapes.length]!();
  const forms: ((pw: string) => string)[] = [
    (pw) => `the new database password is ${pw}`,
    (pw) => `Your password was changed to "${pw}".`,
    (pw) => `Hi team, admin password ${pw} (please rotate it)`,
    (pw) => `- passphrase for the key: ${pw}`,
    (pw) => `The Wi-Fi password is now ${pw}, thanks`,
  ];
  it(`${forms.length} forms, also base64-encoded as a mail body: the password is redacted`, () => {
    for (const form of forms) {
      const pw = password();
      const text = form(pw);
      const mail = `Content-Transfer-Encoding: base64\n\n${Buffer.from(`Hi,\n${text}\nregards\n`)
        .toString('base64')
        .replace(/.{76}/g, '$&\n')}\n`;
      for (const t of [text, mail]) {
        const out = r.redactString(t);
        const decoded = [...out.matchAll(/[A-Za-z0-9+/=\n]{24,}/g)].map((m) => Buffer.from(m[0], 'base64').toString());
        assert.deepEqual(
          leaks(`${out}\n${decoded.join('\n')}`, [{ family: 'password', value: pw, context: '' }]),
          [],
          out,
        );
      }
    }
  });
  it('what follows the word password without being one stays', () => {
    assertKept(r, [
      'password reset required for admin1@example.com',
      'The password expires 2024-01-01T10:00:00 unless renewed.',
      'the password is stored in ~/.config/massgen/credentials.yaml',
      'set the password to ${DB_PASSWORD} in the environment',
      'the password is Base64Encoded before it is sent',
      'password protected documents are skipped',
      'the password is $DB_PASS and the user is %APP_USER%',
      'password: ******** (hidden)',
      'Password123! is an example of a weak password',
    ]);
  });
});

describe('a value with no name in one notation, its name in another', () => {
  const r = new Redactor();
  it('a random token spelled in hex is redacted; hex of words and ids stays', () => {
    for (const name of ['MISTRAL_API_KEY(hex)=', 'key (hex): ', 'decoded from ']) {
      const value = random('alnum', 32);
      const out = r.redactString(`${name}${Buffer.from(value).toString('hex')}`);
      assert.deepEqual(leaksIn(out, [{ family: 'hex', value, context: '' }]), [], out);
    }
    assertKept(
      r,
      ['user_12345678901234', 'getUserAccessToken', 'a1b2c3d4e5f6a7b8c9d0e1f2'].map(
        (s) => `id ${Buffer.from(s).toString('hex')}`,
      ),
    );
  });
  it('quoted-printable cut by hand (no header, a short line ending in a soft break after =3D)', () => {
    const value = random('alnum', 40);
    const text = `Subject: keys\n\nmistral key=3D${value.slice(0, 22)}=\n${value.slice(22)}\nthanks\n`;
    const out = r.redactString(text);
    assert.deepEqual(leaks(out, [{ family: 'qp', value, context: '' }]), [], out);
    assertKept(r, ['COLOR=3D5F00\nnext line\n', `B64=${Buffer.from('plain words here ok').toString('base64')}\nnext`]);
  });
});

describe('a token spelled wholly in \\uXXXX escapes, with no name', () => {
  const r = new Redactor();
  const escaped = (s: string): string =>
    [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  it('a prefix-less key written so is redacted; escaped words stay', () => {
    for (let i = 0; i < 10; i++) {
      const value = random('alnum', 32);
      const out = r.redactString(`{"message": "use ${escaped(value)} for the run"}`);
      const decoded = out.replace(/\\u00([0-9a-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      assert.deepEqual(leaks(decoded, [{ family: 'escaped', value, context: '' }]), [], out);
    }
    assertKept(
      r,
      ['hello world this is text', 'getUserAccessToken', 'user_12345678901234'].map((s) => `{"m": "${escaped(s)}"}`),
    );
  });
});

describe('a password with & or a leading % under a secret name', () => {
  const r = new Redactor();
  it('the whole value is redacted (an & ends a value only before another name=, as in a query)', () => {
    const symbols = '!@#$%^&*';
    for (let i = 0; i < 40; i++) {
      const head = i % 2 === 0 ? '%' : random('alnum', 3);
      const value = `${head}${random('alnum', 4)}&${random('alnum', 3)}${symbols[i % 8]}${random('alnum', 6)}`;
      for (const text of [`db.password=${value}`, `spring.datasource.password: ${value}`, `DB_PASSWORD=${value}\n`]) {
        const out = r.redactString(text);
        assert.deepEqual(leaks(out, [{ family: 'password', value, context: '' }]), [], out);
      }
    }
  });
  it('query parameters, shell && and printf-style or Windows variables stay as they were', () => {
    const kept = [
      'password=%(db_password)s',
      'password: %DB_PASSWORD%',
      'PASS=%DBPASS',
      'export TOKEN=$TOKEN&& echo ok',
    ];
    assertKept(r, kept);
    const key = random('alnum', 24);
    assert.equal(
      r.redactString(`https://h.example/x?api_key=${key}&page=2&q=1`),
      'https://h.example/x?api_key=[REDACTED:secret-key-value]&page=2&q=1',
    );
  });
});

describe('a setter called with a secret name and its value', () => {
  const r = new Redactor();
  it('setProperty, setItem, put, setenv: the value is redacted whatever its shape; other names stay', () => {
    const forms = [
      (v: string) => `props.setProperty("db.password", "${v}");`,
      (v: string) => `System.setProperty("api.key", "${v}")`,
      (v: string) => `localStorage.setItem('access_token', '${v}')`,
      (v: string) => `config.put("client_secret", "${v}");`,
      (v: string) => `os.putenv("MISTRAL_API_KEY", "${v}")`,
    ];
    for (const form of forms) {
      for (const value of [random('letters', 16), `${random('alnum', 6)}#${random('alnum', 9)}`]) {
        const out = r.redactString(form(value));
        assert.deepEqual(leaks(out, [{ family: 'setter', value, context: '' }]), [], out);
      }
    }
    assertKept(r, [
      'map.put("token_count", "12345678")',
      'localStorage.setItem("theme", "dark-mode-enabled")',
      'headers.set("Content-Type", "application/json")',
      'props.setProperty("db.password.file", "/run/secrets/db")',
    ]);
  });
});

describe('a key swapped in by sed', () => {
  it('any random 32-character value is redacted (a few with no digit run passed the older test)', () => {
    const r = new Redactor();
    for (let i = 0; i < 300; i++) {
      const value = random('alnum', 32);
      const out = r.redactString(`sed -i 's/REPLACE_ME/${value}/' config.yaml`);
      assert.deepEqual(leaks(out, [{ family: 'sed', value, context: '' }]), [], out);
    }
    assertKept(r, [
      "sed -i 's/localhost/db.internal.example.com/' config.yaml",
      "sed -i 's/REPLACE_ME/getUserAccessTokenValue/' f",
    ]);
  });
});
