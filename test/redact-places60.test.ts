/**
 * Session 60: secrets in places no rule read. A value written to a file whose name labels it (`echo "…" >
 * ~/.config/tool/token`, `printf`, `tee`, a here-string, Python's and Node's writes), and the same writes of what is
 * no secret kept. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';
import { madeUpPhrase } from './helpers/made-up-words.js';

const SEED = Number(process.env.REDACT_SEED ?? 6001);

const plant = (rel: string, text: string, value: string, name = rel): Plant => ({ name, rel, text, value });

/** Where a token is written, and the shell and code that write it. */
const LABEL_PATHS = ['~/.config/tool/token', 'secrets/api_key.txt', '/etc/app/.vault_pass', '.hf_token', 'db-password'];
const WRITES = [
  (v: string, p: string) => ['workspace/setup.sh', `echo "${v}" > ${p}\n`],
  (v: string, p: string) => ['workspace/setup.sh', `mkdir -p secrets && printf '%s\\n' '${v}' >> "${p}"\n`],
  (v: string, p: string) => ['agent_a/answer.md', `Run \`echo -n ${v} | sudo tee -a ${p}\` once.\n`],
  (v: string, p: string) => ['workspace/notes/shell_history.txt', `cat > ${p} <<< "${v}"\n`],
  (v: string, p: string) => ['workspace/app/save.py', `open(os.path.expanduser("${p}"), "w").write("${v}")\n`],
  (v: string, p: string) => ['workspace/app/save.py', `Path("${p}").expanduser().write_text("${v}\\n")\n`],
  (v: string, p: string) => ['workspace/app/save.py', `with open("${p}", "w") as fh:\n    fh.write("${v}")\n`],
  (v: string, p: string) => ['workspace/web/save.js', `fs.writeFileSync('${p}', '${v}');\n`],
];

function labelWritePlants(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  for (let i = 0; i < 24; i++) {
    const v = `${g.pick('alnum', 12)}${g.pick('digits', 2)}${g.pick('urlsafe', 14)}`;
    const [rel, text] = WRITES[i % WRITES.length]!(v, LABEL_PATHS[i % LABEL_PATHS.length]!);
    out.push(plant(rel!, text!, v, `label write ${i}`));
  }
  return out;
}

/** The same writes of what is no secret: a reference, a placeholder, a file no name labels, a cursor. */
function keptWrites(g: SeededGen): [string, string][] {
  const random = `${g.pick('alnum', 12)}${g.pick('digits', 2)}${g.pick('urlsafe', 14)}`;
  const values: [string, string][] = [
    ['"$GITHUB_TOKEN"', 'token'],
    ['"${{ secrets.PAT }}"', '~/.config/gh/token'],
    ['"your-token-here"', 'token'],
    [random, 'build/id.txt'],
    [random, 'pages/next_token'],
    [random, 'keys/public_key.txt'],
    ['"hello world"', 'out.txt'],
  ];
  return values.flatMap(([v, p]) => WRITES.slice(0, 4).map((w) => w(v.replace(/^"|"$/g, ''), p) as [string, string]));
}

/** A wallet's phrase of made-up words under a secret's name or a wallet's word, in JSON, code and a `.env`. */
const PHRASE_NAMES = [
  'token',
  'auth_token',
  'secret',
  'access_key',
  'client_secret',
  'credentials',
  'wallet',
  'recovery',
];
const PHRASE_PLACES = [
  (n: string, w: string) => ['workspace/config.json', `{\n  "${n}": "${w}",\n  "region": "eu-west-1"\n}\n`],
  (n: string, w: string) => ['workspace/app/settings.py', `${n.toUpperCase()} = "${w}"\n`],
  (n: string, w: string) => ['workspace/deploy/.env.staging.txt', `${n.toUpperCase()}_WORDS=${w}\nDEBUG=1\n`],
];

function namedPhrasePlants(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  for (let i = 0; i < 24; i++) {
    const w = madeUpPhrase(g, ' ', [12, 15, 18, 24][i % 4]);
    const name = PHRASE_NAMES[i % PHRASE_NAMES.length]!;
    const place = PHRASE_PLACES[i % PHRASE_PLACES.length]!;
    const [rel, text] = name === 'recovery' && place === PHRASE_PLACES[2] ? place('wallet', w) : place(name, w);
    out.push(plant(rel!, text!, w, `phrase under ${name} ${i}`));
  }
  return out;
}

/** Twelve words that are no wallet's: under a neutral name, a sentence, the word list in its order, eleven words. */
function keptPhrases(g: SeededGen): [string, string][] {
  const w = madeUpPhrase(g, ' ', 12);
  return [
    ['workspace/config.json', `{"description": "${w}"}\n`],
    ['workspace/.env.txt', `DESCRIPTION=${w}\n`],
    ['workspace/config.json', `{"token": "${madeUpPhrase(g, ' ', 11)}"}\n`],
    ['workspace/config.json', `{"secret": "keep the words in the order the wallet gave them to you"}\n`],
    [
      'workspace/app.py',
      `WALLET = "abandon ability able about above absent absorb abstract absurd abuse access accident"\n`,
    ],
  ];
}

/** An SNMP community under its names, a one-time password's base32 seed under `seed (base32)`, Sentry's user token. */
function namePlants(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  const b32 = (): string => `${g.pick('base32', 10)}${g.one([...'234567'])}${g.pick('base32', 13)}`;
  for (let i = 0; i < 4; i++) {
    const c = `${g.pick('alnum', 5)}${g.pick('digits', 2)}${g.pick('letters', 5)}`;
    const text = [
      `snmp:\n  community: ${c}\n  version: 2c\n`,
      `snmp_community = "${c}"\n`,
      `check_snmp --community ${c} -H 10.0.0.5\n`,
      `{"communityString": "${c}", "port": 161}\n`,
    ][i]!;
    out.push(
      plant(['workspace/snmp.yaml', 'workspace/mon.py', 'workspace/nagios.sh', 'workspace/dev.json'][i]!, text, c),
    );
    const s = b32();
    const label = ['seed (base32)', 'otp secret', 'authenticator key', 'base32 seed'][i]!;
    out.push(plant('workspace/notes/2fa.md', `Router admin ${label}: ${s}\n`, s, `totp ${i}`));
  }
  const u = `sntryu_${g.pick('alnum', 40)}`;
  return [...out, plant('agent_a/answer.md', `Set SENTRY_TOKEN to ${u} in CI.\n`, u)];
}

/** SNMP communities that are no password: a default, a word, a project's community, an id. */
const keptCommunities = (): [string, string][] => [
  ['workspace/snmp.yaml', 'snmp:\n  community: public\n'],
  ['workspace/about.yaml', 'community: python-dev\ncommunity_edition: true\n'],
  ['workspace/links.md', 'community: discord.gg/abc123\n'],
  ['workspace/data.json', '{"community_id": "Hq7tZp2Wx9Lk"}\n'],
];

/** Session cookies in prose, TOTP seeds on a second factor's line, key names in other languages, `use … to call`. */
function prosePlants(g: SeededGen): Plant[] {
  const tok = (): string => `${g.pick('alnum', 10)}${g.pick('digits', 2)}${g.pick('alnum', 12)}`;
  const b32 = (): string => `${g.pick('base32', 12)}${g.one([...'234567'])}${g.pick('base32', 19)}`;
  const sid = `${g.pick('lowerAlnum', 24)}${g.pick('digits', 2)}`;
  const express = `s%3A${g.pick('urlsafe', 32)}.${g.pick('urlsafe', 43)}`;
  const seed = b32();
  const k = [tok(), tok(), tok(), tok(), tok(), tok(), tok(), tok()];
  const pw = `Mariposa${g.pick('digits', 4)}$Storm${g.pick('digits', 3)}`;
  return [
    plant('agent_a/answer.md', `PHPSESSID の値: ${sid}\n`, sid),
    plant('agent_a/answer.md', `FYI the connect.sid is ${express}\n`, express.slice(4)),
    plant(
      'workspace/logs/app.log',
      `2026-01-31 10:15:02 WARN  using sessionid "${sid}x" from environment\n`,
      `${sid}x`,
    ),
    plant('workspace/app.toml', `connect_sid = "${express}"\n`, express.slice(4)),
    plant('workspace/notes/2fa.md', `2FA for the console: ${seed}\n`, seed),
    plant('workspace/nb.ipynb', `"u = \\"otpauth://totp/Acme:ops%40acme.io?secret=${b32()}&issuer=Acme\\"\\n",\n`, ''),
    plant('workspace/src/config.js', `const zugang = "${k[0]}";\n`, k[0]!),
    plant('workspace/.env.txt', `KLUCZ_API=${pw}\n`, pw),
    plant('workspace/config.xml', `<klucz_api>${k[1]}</klucz_api>\n`, k[1]!),
    plant('agent_b/answer.md', `clé_api の値: ${k[2]}\n`, k[2]!),
    plant('workspace/nb.ipynb', `"os.environ[\\"clave_api\\"] = \\"${k[3]}\\"\\n",\n`, k[3]!),
    plant('workspace/app.ts', `const APIキー = "${k[4]}";\n`, k[4]!),
    plant('workspace/context.txt', `{'original_message': 'use ${k[5]} to call the API'}\n`, k[5]!),
    plant('agent_a/answer.md', `Klucz to ${k[6]}\n`, k[6]!),
    plant('agent_a/answer.md', `Der Zugang ist ${k[7]}\n`, k[7]!),
  ].filter((p) => p.value !== '');
}

/** The otpauth URI's seed, in a notebook's escaped source line. */
function otpauthPlants(g: SeededGen): Plant[] {
  return Array.from({ length: 4 }, (_, i) => {
    // Mostly letters, as a seed often is (read as a constant's name in code before).
    const s = `${g.pick('letters', 12).toUpperCase()}${g.one([...'234567'])}${g.pick('letters', 19).toUpperCase()}`;
    const uri = `otpauth://totp/Acme:ops%40acme.io?secret=${s}&issuer=Acme`;
    const line = [`totp_uri = "${uri}"\n`, `    "u = \\"${uri}\\"\\n",\n`][i % 2]!;
    return plant(['workspace/app.py', 'workspace/nb.ipynb'][i % 2]!, line, s, `otpauth ${i}`);
  });
}

describe('session 60: secrets in unread places', () => {
  itRedacts(`a value written to a file its name labels (seed ${SEED})`, () => labelWritePlants(seededGen(SEED)), 24);
  itRedacts(
    `a wallet's phrase under a secret's name or a wallet's word (seed ${SEED})`,
    () => namedPhrasePlants(seededGen(SEED + 1)),
    24,
  );
  itKeeps('twelve words that are no wallet phrase', () => keptPhrases(seededGen(SEED + 1)), 5);
  itRedacts(
    `SNMP communities, base32 seeds, Sentry's user token (seed ${SEED})`,
    () => namePlants(seededGen(SEED + 2)),
    9,
  );
  itKeeps('communities that are no password', keptCommunities, 4);
  itRedacts(
    `cookies in prose, loose 2FA seeds, foreign key names, use … to call (seed ${SEED})`,
    () => prosePlants(seededGen(SEED + 3)),
    14,
  );
  itRedacts(`an otpauth URI in code (seed ${SEED})`, () => otpauthPlants(seededGen(SEED + 4)), 4);
  itKeeps(
    'writes of references, placeholders and values to files no name labels',
    () => keptWrites(seededGen(SEED)),
    28,
  );
});
