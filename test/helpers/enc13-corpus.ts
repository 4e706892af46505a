/**
 * The corpus of the thirteenth encodings round (issue 11): (a) a secret written in an encoding its name declares
 * (`DB_PASSWORD_HEX`, `_B64`, `_BASE64`, `_B32`, `_ENC`, `Encoded`) or its alphabet shows, under a secret's name;
 * (b) HTML/XML character references (decimal, hex, mixed with named entities) of a value caught in clear by its name;
 * (c) a secret named by a parent or sibling rather than its own key (`auth:` / `  value:`, `credentials:` / `  data:`,
 * env lists, table headers, label cells), in YAML, JSON, TOML, XML, HCL, CSV/TSV and spreadsheets, also in shell
 * heredocs and fenced code blocks. The recipient's decoders (below) are written independently of the redactor: a
 * plant leaks when any 10-character window of its value comes back from the output by one of them.
 */
import { CHARSETS } from './fake-secrets.js';
import { leaksValue, type Planted } from './placements.js';
import { wildValues } from './wild-values.js';
import { base32 } from './encodings12-corpus.js';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const unbase32 = (s: string): string => {
  let bits = 0;
  let acc = 0;
  const out: number[] = [];
  for (const c of s.replace(/=+$/, '')) {
    const v = B32.indexOf(c.toUpperCase());
    if (v < 0) return '';
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((acc >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out).toString('latin1');
};
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", num: '#', dollar: '$' };
const unentity = (t: string): string =>
  t.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (NAMED[e.toLowerCase()] ?? m),
  );
const unpercent = (t: string): string => {
  try {
    return decodeURIComponent(decodeURIComponent(t.replace(/\+/g, ' ')));
  } catch {
    return t.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
};

/** Every reading a recipient gets from the text: as is, entities, percent, and each hex/base64/base32 run decoded. */
export function readings(out: string): string {
  const parts = [out, unentity(out), unpercent(out), unpercent(unentity(out))];
  for (const m of out.matchAll(/[0-9a-fA-F]{16,}/g)) parts.push(Buffer.from(m[0], 'hex').toString('latin1'));
  for (const m of out.matchAll(/[A-Za-z0-9+/_-]{12,}={0,2}/g)) {
    const s = m[0].replace(/-/g, '+').replace(/_/g, '/');
    for (const k of [0, 1, 2, 3]) parts.push(Buffer.from(s.slice(k), 'base64').toString('latin1'));
  }
  for (const m of out.matchAll(/[A-Z2-7]{16,}=*/g)) parts.push(unbase32(m[0]));
  return parts.join('\n');
}
export const leaksDecoded = (out: string, v: string): boolean => leaksValue(readings(out), v);

const hex = (s: string): string => Buffer.from(s).toString('hex');
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const b64url = (s: string): string => b64(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const pctAll = (s: string): string => [...Buffer.from(s)].map((x) => `%${x.toString(16).toUpperCase()}`).join('');

export function enc13Corpus(rand: () => number): {
  encoded: Planted[];
  entities: Planted[];
  parents: Planted[];
  tables: Planted[];
  benign: [string, string][];
} {
  const { tok, pick, pw } = wildValues(rand);
  const words = ['orbit', 'Maple', 'tundra', 'Falcon', 'ember', 'quartz', 'Velvet', 'harbor', 'Nimbus', 'cobalt'];
  /** Passwords people write: a word, digits and a symbol; a passphrase; a random one. */
  const human = (): string =>
    pick([
      () => `${pick(words)}${pick(words)}${Math.floor(rand() * 9000 + 1000)}!`,
      () => `${pick(words)}-${pick(words)}-${pick(words)}-${Math.floor(rand() * 90 + 10)}`,
      () => pw(),
      () => `${pick(words)}@${Math.floor(rand() * 900000 + 100000)}#${pick(words)}`,
    ])();
  const key = (): string =>
    pick([
      () => tok(CHARSETS.alnum, 32),
      () => tok(CHARSETS.alnum, 40),
      () => tok(CHARSETS.hex, 48),
      () => tok(CHARSETS.urlsafe, 36),
    ])();
  const secretVal = (): string => (rand() < 0.5 ? human() : key());
  const base = () =>
    pick([
      'DB_PASSWORD',
      'ADMIN_PASS',
      'SMTP_PASSWORD',
      'API_KEY',
      'CLIENT_SECRET',
      'AUTH_TOKEN',
      'REDIS_PWD',
      'MISTRAL_API_KEY',
    ]);
  type Enc = [string[], (s: string) => string];
  const ENCS: Enc[] = [
    [['_HEX', '_hex', 'Hex'], hex],
    [['_HEX'], (s) => hex(s).toUpperCase()],
    [['_B64', '_BASE64', 'B64', '_b64', 'Base64', '_ENC', '_ENCODED'], b64],
    [['_B64URL', '_B64'], b64url],
    [['_B32', '_BASE32'], (s) => base32(Buffer.from(s))],
    [['_URLENC', '_ENC', '_ENCODED', 'UrlEncoded'], pctAll],
    [['_ENC', '_ENCODED', 'Encoded'], (s) => b64(b64(s))],
  ];
  const camel = (n: string): string => n.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const named = (suffix: string): string => {
    const b = base();
    return /^[A-Z_]/.test(suffix) && suffix.startsWith('_')
      ? b + suffix.toUpperCase().replace('URLENC', 'URLENC')
      : camel(b) + suffix.replace(/^_/, '');
  };
  const encoded: Planted[] = [];
  for (const [suffixes, enc] of ENCS) {
    for (const suffix of suffixes) {
      const layouts: [string, (n: string, e: string) => string][] = [
        ['.env', (n, e) => `${n}=${e}\n`],
        ['deploy.sh', (n, e) => `export ${n}="${e}"\n`],
        ['config.yaml', (n, e) => `db:\n  ${n.toLowerCase()}: ${e}\n`],
        ['settings.json', (n, e) => `{\n  "${n}": "${e}",\n  "port": 5432\n}\n`],
        ['app.py', (n, e) => `${n} = '${e}'\n`],
        ['app.ts', (n, e) => `const ${camel(n)} = "${e}";\n`],
        ['config.toml', (n, e) => `[database]\n${n.toLowerCase()} = "${e}"\n`],
        ['out.md', (n, e) => `Set it:\n\n\`\`\`bash\n${n}=${e} ./run.sh\n\`\`\`\n`],
        ['app.xml', (n, e) => `<config>\n  <${camel(n)}>${e}</${camel(n)}>\n</config>\n`],
        ['run.log', (n, e) => `2026-01-02 10:00:01 INFO loaded ${n}=${e} from vault\n`],
      ];
      const [rel, lay] = pick(layouts);
      encoded.push([rel, (v) => lay(named(suffix), enc(v)), secretVal]);
      const [rel2, lay2] = pick(layouts);
      encoded.push([rel2, (v) => lay2(named(suffix), enc(v)), human]);
    }
  }
  // (b) character references: every character or some of them, decimal, hex, zero-padded, beside named ones.
  const refs: ((s: string) => string)[] = [
    (s) => [...s].map((c) => `&#${c.charCodeAt(0)};`).join(''),
    (s) => [...s].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join(''),
    (s) => [...s].map((c) => `&#X${c.charCodeAt(0).toString(16).toUpperCase()};`).join(''),
    (s) => [...s].map((c, i) => (i % 2 ? `&#${c.charCodeAt(0)};` : `&#x${c.charCodeAt(0).toString(16)};`)).join(''),
    (s) => [...s].map((c, i) => (i % 3 === 0 ? `&#${c.charCodeAt(0)};` : c)).join(''),
    (s) => [...s].map((c) => `&#00${c.charCodeAt(0)};`).join(''),
    (s) =>
      [...s]
        .map((c) =>
          c === '#'
            ? '&num;'
            : c === '$'
              ? '&dollar;'
              : c === '@'
                ? '&commat;'
                : c === '!'
                  ? '&excl;'
                  : `&#${c.charCodeAt(0)};`,
        )
        .join(''),
  ];
  const entLayouts: [string, (n: string, e: string) => string][] = [
    ['page.html', (n, e) => `<p>${n}=${e}</p>\n`],
    ['page.html', (n, e) => `<tr><td>${n}</td><td>${e}</td></tr>\n`],
    ['page.html', (n, e) => `<input type="hidden" name="${n}" value="${e}">\n`],
    ['page.html', (n, e) => `<code>export ${n}="${e}"</code>\n`],
    ['app.xml', (n, e) => `<settings>\n  <${n}>${e}</${n}>\n</settings>\n`],
    ['app.config', (n, e) => `<add key="${n}" value="${e}" />\n`],
    [
      'pom.xml',
      (n, e) =>
        `<properties>\n  <${n.toLowerCase().replace(/_/g, '.')}>${e}</${n.toLowerCase().replace(/_/g, '.')}>\n</properties>\n`,
    ],
    ['feed.rss', (n, e) => `<description>the ${n} is ${e} for now</description>\n`],
    ['out.md', (n, e) => `<pre>\n${n}: ${e}\n</pre>\n`],
    ['page.html', (n, e) => `<span data-k="1">${n}</span>: <b>${e}</b>\n`],
  ];
  const entNames = [
    'MISTRAL_API_KEY',
    'api_key',
    'apiKey',
    'COHERE_API_KEY',
    'client_secret',
    'DB_PASSWORD',
    'access_token',
    'secretKey',
  ];
  const entities: Planted[] = [];
  for (const r of refs)
    for (const [rel, lay] of entLayouts) entities.push([rel, (v) => lay(pick(entNames), r(v)), secretVal]);
  // (c) the secret's name on a parent or a sibling.
  const parentNames = [
    'auth',
    'credentials',
    'secret',
    'password',
    'api_key',
    'apiKey',
    'token',
    'client_secret',
    'db_password',
    'smtp_auth',
  ];
  const childNames = ['value', 'data', 'key', 'secret'];
  const heredoc = (file: string, body: string): string =>
    `#!/bin/sh\nset -e\ncat <<EOF > ${file}\n${body}EOF\necho done\n`;
  const heredocQ = (file: string, body: string): string => `cat > ${file} <<'YAML'\n${body}YAML\n`;
  const fence = (lang: string, body: string): string => `Write this:\n\n\`\`\`${lang}\n${body}\`\`\`\n\nThen run it.\n`;
  const yamlP = (p: string, c: string, v: string, indent = '  '): string =>
    `service:\n${indent}name: api\n${indent}${p}:\n${indent}${indent}${c}: ${v}\n${indent}port: 8080\n`;
  const parents: Planted[] = [];
  for (const p of parentNames) {
    for (const c of childNames) {
      const lays: [string, (v: string) => string][] = [
        ['config.yaml', (v) => yamlP(p, c, v)],
        ['setup.sh', (v) => heredoc('config.yaml', yamlP(p, c, v))],
        ['install.sh', (v) => heredocQ('/etc/app/config.yml', yamlP(p, c, `"${v}"`))],
        ['out.md', (v) => fence('sh', heredoc('config.yaml', yamlP(p, c, v)))],
        ['out.md', (v) => fence('yaml', yamlP(p, c, v, '    '))],
        [
          'config.json',
          (v) => `{\n  "service": {\n    "${p}": {\n      "type": "static",\n      "${c}": "${v}"\n    }\n  }\n}\n`,
        ],
        ['config.json', (v) => `{"${p}":{"${c}":"${v}"}}\n`],
        ['config.toml', (v) => `[service.${p}]\n${c} = "${v}"\n`],
        ['main.tf', (v) => `resource "x" "y" {\n  ${p} {\n    ${c} = "${v}"\n  }\n}\n`],
        ['app.xml', (v) => `<service>\n  <${p}>\n    <${c}>${v}</${c}>\n  </${p}>\n</service>\n`],
      ];
      const [rel, lay] = pick(lays);
      parents.push([rel, lay, secretVal]);
    }
  }
  const envNames = [
    'API_KEY',
    'DB_PASSWORD',
    'OPENAI_API_KEY',
    'JWT_SECRET',
    'GITHUB_TOKEN',
    'MYSQL_ROOT_PASSWORD',
    'STRIPE_SECRET_KEY',
  ];
  for (let i = 0; i < 12; i++) {
    const n = pick(envNames);
    const k8s = (v: string, q: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        env:\n        - name: LOG_LEVEL\n          value: info\n        - name: ${n}\n          value: ${q}${v}${q}\n`;
    const k8sFlip = (v: string): string => `        env:\n        - value: "${v}"\n          name: ${n}\n`;
    const compose = (v: string): string =>
      `services:\n  web:\n    image: app\n    environment:\n      - PORT=80\n      - ${n}=${v}\n`;
    const composeMap = (v: string): string => `services:\n  web:\n    environment:\n      ${n}: "${v}"\n`;
    parents.push(['deploy.sh', (v) => `cat <<EOF | kubectl apply -f -\n${k8s(v, '')}EOF\n`, secretVal]);
    parents.push(['out.md', (v) => fence('bash', `kubectl apply -f - <<'EOF'\n${k8s(v, '"')}EOF\n`), secretVal]);
    parents.push(['setup.sh', (v) => heredoc('k8s.yaml', k8sFlip(v)), secretVal]);
    parents.push(['setup.sh', (v) => heredoc('docker-compose.yml', compose(v)), secretVal]);
    parents.push(['out.md', (v) => fence('yaml', composeMap(v)), secretVal]);
    parents.push([
      'task.json',
      (v) => `{"containerDefinitions":[{"environment":[{"name":"${n}","value":"${v}"}]}]}\n`,
      secretVal,
    ]);
  }
  // Tables: a header naming a secret column, a label cell beside its value; CSV, TSV, spreadsheets.
  const colNames = [
    'api_key',
    'API Key',
    'password',
    'Password',
    'secret',
    'token',
    'client_secret',
    'access_token',
    'Passwort',
    'apiKey',
  ];
  const tables: Planted[] = [];
  const sst = (cells: string[]): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${cells.length}" uniqueCount="${cells.length}">${cells.map((c) => `<si><t>${c}</t></si>`).join('')}</sst>\n`;
  for (const col of colNames) {
    const lays: [string, (v: string) => string][] = [
      ['users.csv', (v) => `id,user,${col},created\n1,alice,${v},2024-01-01\n`],
      ['users.csv', (v) => `"id","user","${col}"\n"1","bob","${v}"\n`],
      ['users.tsv', (v) => `id\tuser\t${col}\n1\tcarol\t${v}\n`],
      ['export.csv', (v) => `name;${col};notes\nprod;${v};rotated\n`],
      ['keys.csv', (v) => `service,${col}\nmistral,${tok(CHARSETS.alnum, 32)}\ncohere,${v}\n`],
      ['sheet.csv', (v) => `Field,Value\nuser,admin\n${col},${v}\n`],
      ['sheet.tsv', (v) => `${col}\t${v}\n`],
      ['xl/sharedStrings.xml', (v) => sst(['service', col, 'mistral', v])],
      ['xl/sharedStrings.xml', (v) => sst(['Name', 'Value', col, v, 'region', 'eu-west-1'])],
      [
        'xl/worksheets/sheet1.xml',
        (v) =>
          `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${col}</t></is></c><c r="B1" t="inlineStr"><is><t>${v}</t></is></c></row></sheetData>\n`,
      ],
      ['out.md', (v) => fence('csv', `host,${col}\ndb1,${v}\n`)],
      [
        'data.ods.xml',
        (v) =>
          `<table:table-row><table:table-cell><text:p>${col}</text:p></table:table-cell><table:table-cell><text:p>${v}</text:p></table:table-cell></table:table-row>\n`,
      ],
    ];
    for (const [rel, lay] of lays) tables.push([rel, lay, secretVal]);
  }
  // Benign twins: digests under *_HEX, colours, value: under ordinary maps, counts in token columns, images, prose.
  const benign: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const h = tok(CHARSETS.hex, pick([32, 40, 64]));
    benign.push([
      '.env',
      `${pick(['SHA256_HEX', 'CHECKSUM_HEX', 'DIGEST_HEX', 'BUILD_SHA_HEX', 'COMMIT_HEX', 'FILE_HASH_HEX'])}=${h}\n`,
    ]);
    benign.push([
      'style.yaml',
      `theme:\n  color_hex: ${tok(CHARSETS.hex, 6)}\n  accent_hex: "#${tok(CHARSETS.hex, 6)}"\n`,
    ]);
    benign.push([
      'config.yaml',
      `${pick(['metrics', 'limits', 'thresholds', 'labels', 'resources', 'defaults'])}:\n  ${pick(['value', 'data', 'key'])}: ${pick(['100', 'enabled', 'cpu', 'user-profile', `${Math.floor(rand() * 1000)}ms`, 'team-a'])}\n`,
    ]);
    benign.push([
      'setup.sh',
      `cat <<EOF > config.yaml\nlimits:\n  value: ${Math.floor(rand() * 500)}\nlabels:\n  key: app\n  value: web-${Math.floor(rand() * 99)}\nEOF\n`,
    ]);
    benign.push([
      'usage.csv',
      `model,input_tokens,output_tokens,token_count\ngpt-4o,${Math.floor(rand() * 9000)},${Math.floor(rand() * 900)},${Math.floor(rand() * 9999)}\nclaude,12,34,46\n`,
    ]);
    benign.push(['page.html', `<img src="data:image/png;base64,iVBORw0KGgo${tok(CHARSETS.b64, 60)}=" alt="logo">\n`]);
    benign.push([
      'page.html',
      `<p>Caf&eacute; &amp; cr&egrave;me &#8212; the &#8220;api key&#8221; field is optional &#169; 2024 &#x2014; see &lt;docs&gt;</p>\n`,
    ]);
    benign.push([
      'k8s.yaml',
      `env:\n- name: LOG_LEVEL\n  value: debug\n- name: API_KEY_FILE\n  value: /run/secrets/api_key\n- name: PASSWORD_MIN_LENGTH\n  value: "${Math.floor(rand() * 20 + 8)}"\n`,
    ]);
    benign.push([
      'sheet.csv',
      `Field,Value\ntoken_count,${Math.floor(rand() * 5000)}\npassword_policy,strong\napi_key_header,X-Api-Key\n`,
    ]);
    benign.push([
      'xl/sharedStrings.xml',
      sst([
        'token_count',
        String(Math.floor(rand() * 999)),
        'Password reset',
        'See the admin guide',
        'api_key_rotation_days',
        '90',
      ]),
    ]);
  }
  for (let i = 0; i < 30; i++) {
    const w = `${pick(words)} ${pick(words)} is ${pick(words).toLowerCase()}`;
    benign.push(['page.html', `<p>${[...w].map((c) => `&#${c.charCodeAt(0)};`).join('')}</p>\n`]);
    benign.push([
      '.env',
      `ICON_B64=${b64(`\x89PNG\r\n\x1a\n${tok(CHARSETS.alnum, 30)}`)}\nGREETING_B64=${b64('hello world from the docs')}\n`,
    ]);
    benign.push(['page.html', `<title>&#1055;&#1088;&#1080;&#1074;&#1077;&#1090; &mdash; ${pick(words)}</title>\n`]);
    benign.push(['auth.yaml', `auth:\n  type: oauth2\n  value: header\n  key: Authorization\nsecret:\n  data: {}\n`]);
    benign.push(['main.tf', `variable "password" {\n  type = string\n  value = var.db_password\n}\n`]);
    benign.push(['.env', `PUBLIC_KEY_HEX=04${tok(CHARSETS.hex, 128)}\nCOLOR_HEX=ff00aa\nSALT_HEX_LEN=32\n`]);
    benign.push([
      'data.csv',
      `sha256,size,path\n${tok(CHARSETS.hex, 64)},${Math.floor(rand() * 99999)},src/${pick(words)}.ts\n`,
    ]);
  }
  return { encoded, entities, parents, tables, benign };
}
