/**
 * A password's word first and whose it is after (`PASSWORD_DB`, `PASS_ROOT`, `passwordAdmin`, `PWD_FOR_SMTP`): the
 * key-name layer read only the usual order (`DB_PASSWORD`), so a person's password under such a name went out; only a
 * random one was caught, by the generic detector. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 5701);

const WORDS = ['PASSWORD', 'PASSWD', 'PASS', 'PWD', 'SECRET', 'Password', 'password', 'pass', 'pwd'];
const OWNERS = ['DB', 'ADMIN', 'ROOT', 'SMTP', 'MYSQL', 'POSTGRES', 'REDIS', 'LDAP', 'FTP', 'SSH', 'VPN', 'WIFI'];
const SEASONS = ['Summer', 'Winter', 'Autumn', 'Spring', 'Falcon', 'Dragon', 'Monkey', 'Tigers', 'Purple'];

/** A person's password (`Summer2024!`, `falcon_88#x`, `Dragon$1987`), which only its name marks as one. */
function password(g: SeededGen): string {
  const word = g.one(SEASONS);
  const year = String(1970 + g.int(56));
  return g.one([
    `${word}${year}${g.one(['!', '#', '$', '@'])}`,
    `${word.toLowerCase()}_${year.slice(2)}${g.one(['#', '!'])}${g.pick('lowerAlnum', 1)}`,
    `${word}${g.one(['$', '@', '&'])}${year}`,
  ]);
}

/** `word` then `owner` as each format spells a name (`PASSWORD_DB`, `passwordDb`, `pwd_for_smtp`). */
function nameOf(g: SeededGen, word: string, owner: string): string {
  const w = word.toLowerCase();
  const o = owner.toLowerCase();
  return g.one([
    `${word.toUpperCase()}_${owner}`,
    `${w}_${o}`,
    `${w}${owner[0]}${o.slice(1)}`,
    `${w}_for_${o}`,
    `${word.toUpperCase()}_${owner}_${g.one(OWNERS)}`,
  ]);
}

/** An environment variable's spelling of a name (`passwordDb` → `PASSWORD_DB`). */
const constant = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

function placed(g: SeededGen, name: string, v: string): [string, string] {
  return g.one<[string, string]>([
    ['workspace/agent_a/.env', `${constant(name)}=${v}\nLOG_LEVEL=info\n`],
    ['workspace/agent_a/config.yaml', `database:\n  host: db.internal\n  ${name}: ${v}\n`],
    ['workspace/agent_b/settings.json', `{\n  "${name}": "${v}",\n  "region": "eu"\n}\n`],
    ['workspace/agent_b/app.py', `${name} = "${v}"\n`],
    ['agent_outputs/agent_a.txt', `export ${constant(name)}='${v}'\n`],
    ['workspace/agent_a/docker-compose.yml', `services:\n  db:\n    environment:\n      - ${name}=${v}\n`],
  ]);
}

function plants(seed: number): Plant[] {
  const g = seededGen(seed);
  const out: Plant[] = [];
  for (let i = 0; i < 48; i++) {
    const name = nameOf(g, WORDS[i % WORDS.length]!, OWNERS[g.int(OWNERS.length)]!);
    const v = password(g);
    const [rel, text] = placed(g, name, v);
    out.push({ name: `${name} in ${rel}`, rel, text, value: v });
  }
  return out;
}

/** A password's word first and a setting's words after it: lengths, policies, algorithms, files, switches, paths. */
const KEPT: [string, string][] = [
  ['workspace/agent_a/.env', 'PASSWORD_MIN_LENGTH=12\nPASSWORD_POLICY=strong\nPASSWORD_HASH_ALGO=argon2id\n'],
  ['workspace/agent_a/postgresql.conf', "password_encryption = 'scram-sha-256'\nport = 5432\n"],
  ['workspace/agent_a/.env', 'PASS_THROUGH=true\nPWD_ROOT=/home/agent/work\nPASSWORD_DB_FILE=/run/secrets/db\n'],
  ['workspace/agent_b/settings.json', '{\n  "passwordReset": "/auth/reset",\n  "secretName": "db-creds"\n}\n'],
  ['workspace/agent_b/config.yaml', 'auth:\n  password_db: ${DB_PASSWORD}\n  password_admin: <your-admin-password>\n'],
  ['workspace/agent_b/.env', 'PASSWORD_DB=\nSECRET_REDIS=changeme\nPASSWORD_ADMIN=true\n'],
  // A store's, a place's or a channel's word after it: a setting (review: PASS_OWNERS read the other way round).
  [
    'workspace/agent_b/.env',
    'SECRET_SERVICE=org.freedesktop.secrets\nPASSWORD_EMAIL=noreply-7f3k@acme.io\nPASS_PROXY=http://proxy:3128\n',
  ],
  [
    'workspace/agent_b/config.yaml',
    'secret_registry: ghcr.io/acme/app\nsecretVault: vault-prod\nsecret_service: gnome\n',
  ],
];

describe("a password's word before whose it is", () => {
  itRedacts(
    `PASSWORD_DB, pass_root, passwordAdmin, pwd_for_smtp hold a password (seed ${SEED})`,
    () => plants(SEED),
    48,
  );
  itKeeps("a setting's words after a password's word stay, with references and placeholders", () => KEPT, 8);
});
