/**
 * Attacks 57 and 58: secrets under names and places no rule read. Settings whose whole name is `api`, `access`,
 * `license` or `k` (`api  = "<hex>"` in HCL's locals); an MCP server's `args` list item by item (a key after a flag
 * that names nothing, a password after `-p`); a log line's `old=` / `new=` fields after the secret they name; a Wi-Fi
 * network's password in prose and `user … and pass …`; a numbered passphrase's name (`SSH_KEY_PASSPHRASE_6`) and a
 * passphrase before a shell's next command; a Sentry DSN's key alone. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 5801);
const META = 'turn_1/attempt_1/execution_metadata.yaml';

const random40 = (g: SeededGen): string => `${g.pick('letters', 2)}${g.pick('alnum', 36)}${g.pick('digits', 2)}`;
const hex32 = (g: SeededGen): string =>
  `${g.pick('hex', 15)}${g.one(['a', 'b', 'c'])}${g.pick('digits', 1)}${g.pick('hex', 15)}`;
const password = (g: SeededGen): string =>
  `${g.one(['W.', 'R8', 'Tr', 'Qx'])}${g.pick('alnum', 6)}${g.one(['!', '*', '%', '#'])}${g.pick('digits', 2)}`;
const words = (g: SeededGen): string =>
  Array.from({ length: 4 }, () =>
    g.one(['peldor', 'quabo', 'telmidri', 'phapel', 'bopelon', 'faxlynmer', 'lynka']),
  ).join(' ');

function aloneNames(g: SeededGen): Plant[] {
  return Array.from({ length: 24 }, (_, i) => {
    const name = ['api', 'access', 'license', 'licence', 'k', 'lic'][i % 6]!;
    const v = g.one([random40, hex32])(g);
    const [rel, text] = g.one<[string, string]>([
      ['workspace/infra/main.tf', `locals {\n    ${name}  = "${v}"\n}\n`],
      ['workspace/config/agent.yaml', `datadog:\n  site: us5\n  ${name}: ${v}\n`],
      [META, `agents:\n  - backend:\n      extra_body:\n        ${name}: ${v}\n`],
      ['workspace/settings.json', `{"vendor": {"${name}": "${v}", "region": "eu"}}\n`],
      ['workspace/app.toml', `[vendor]\n${name} = "${v}"\n`],
    ]);
    return { name: `${name} in ${rel}`, rel, text, value: v };
  });
}

function mcpArgs(g: SeededGen): Plant[] {
  return Array.from({ length: 20 }, (_, i) => {
    const [flag, v] = g.one<[string, string]>([
      [g.one(['--access', '--k', '--auth-value', '--x']), random40(g)],
      [g.one(['-p', '-a']), `${g.pick('alnum', 12)}${g.pick('digits', 2)}`],
      ['', random40(g)],
    ]);
    const items = ['-y', '@acme/mcp-server@1.2.3', ...(flag ? [flag] : []), v, '--port', '3000'];
    const text =
      i % 2 === 0
        ? `mcp_servers:\n  - name: acme\n    command: npx\n    args:\n${items.map((x) => `      - "${x}"`).join('\n')}\n`
        : `{"mcpServers": {"acme": {"command": "npx", "args": [${items.map((x) => `"${x}"`).join(', ')}]}}}\n`;
    return { name: `${flag || 'no flag'} ${i}`, rel: i % 2 === 0 ? META : 'workspace/.mcp.json', text, value: v };
  });
}

function fieldsAndProse(g: SeededGen): Plant[] {
  return Array.from({ length: 27 }, (_, i) => {
    const key = random40(g);
    const pw = password(g);
    const phrase = words(g);
    const hex = hex32(g);
    const [text, value] = [
      [`10:20:11 | INFO | key rotated: old=${key} new=<pending>\n`, key],
      [`token refreshed prev=${key} next=<none>\n`, key],
      [`password changed for svc: previous=${pw}\n`, pw],
      [`Office WiFi (ACME-5G): ${pw}\n`, pw],
      [`Guest wlan = ${pw}\n`, pw],
      [`login with user \`deploy\` and pass \`${pw}\`\n`, pw],
      [`SSH_KEY_PASSPHRASE_${i}: ${phrase}\n`, phrase],
      [`export SSH_KEY_PASSPHRASE=${phrase} && python app.py\n`, phrase],
      [`SENTRY_DSN=${hex}\n`, hex],
    ][i % 9]!;
    return { name: text!.slice(0, 40), rel: `agent_outputs/agent_${'ab'[i % 2]}.txt`, text: text!, value: value! };
  });
}

const KEPT: [string, string][] = [
  ['workspace/config/agent.yaml', 'x:\n  api: v2\n  access: read-write\n  license: MIT\n  k: 40\n'],
  [
    'workspace/config/agent.yaml',
    'license: LicenseRef-Proprietary-2024\naccess: 2024-01-01T00:00:00Z\napi: chat/completions\n',
  ],
  ['workspace/infra/main.tf', 'locals {\n  api = "https://api.x.com/v1"\n  k = "some_function_name_here"\n}\n'],
  [
    META,
    'mcp_servers:\n  - name: fs\n    args:\n      - -y\n      - "@modelcontextprotocol/server-filesystem"\n      - /home/u/proj\n      - --model=claude-3-5-sonnet-20241022\n      - -p\n      - "8080"\n      - -p\n      - my-project\n      - --commit\n      - 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n',
  ],
  [
    'agent_outputs/agent_a.txt',
    'cache key invalidated: old=users_list_v2 new=users_list_v3\nkey pressed: value=Enter\n',
  ],
  [
    'agent_outputs/agent_a.txt',
    'token count: value=1234 prev=1200\nrotating key for bucket: from=2024-01-01 to=2024-02-01\n',
  ],
  [
    'agent_b/answer.txt',
    'WiFi network: ACME-5G\nWiFi: enabled\nWiFi (5GHz): 802.11ax\nwifi: WPA2-Personal\nhotspot: iPhone15\n',
  ],
  ['agent_b/answer.txt', 'we pass the test\nif the user fails the check and pass it to x\n'],
  ['workspace/.env.example', 'DATABASE_DSN=ora.internal/ORCLPDB1\n'],
];

describe('attacks 57 and 58: secrets under names and in places no rule read', () => {
  itRedacts(`a setting named api, access, license or k (seed ${SEED})`, () => aloneNames(seededGen(SEED)), 24);
  itRedacts(`an MCP server's args, item by item (seed ${SEED})`, () => mcpArgs(seededGen(SEED + 1)), 20);
  itRedacts(
    `log fields, Wi-Fi and login prose, passphrases, DSN keys (seed ${SEED})`,
    () => fieldsAndProse(seededGen(SEED + 2)),
    27,
  );
  itKeeps('settings, flags, fields and prose that hold no secret stay', () => KEPT, 9);
});
