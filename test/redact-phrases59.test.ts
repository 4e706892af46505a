/**
 * Attack 58b: passphrases of a generator's words where no rule read them. Words joined by `-` or `.` with a number
 * after a blank under a password's name (`replicationPassword: ligube.jogemobu.diki.noro 90`); the same in prose after
 * a password word (`the vault's password is kaze-recenu-kifeco-zuba 31`, `mijn wachtwoord is …`); ssh-keygen's old
 * passphrase (`-P`); a Wi-Fi PSK stated with `is`. Prose's own hyphenated words stay. Seeded (REDACT_SEED).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts, type Plant } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';
import { madeUpPhrase, madeUpWord, twoDigits } from './helpers/made-up-words.js';

const SEED = Number(process.env.REDACT_SEED ?? 5901);

const word = madeUpWord;
const phrase = madeUpPhrase;
const number = twoDigits;

function namedPlants(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  const names = ['replicationPassword', 'db_password', 'ADMIN_PASS', 'passphrase', 'vault_pwd', 'smtpPassword'];
  for (let i = 0; i < 18; i++) {
    const v = `${phrase(g, g.one(['.', '-']))} ${number(g)}`;
    const name = names[i % names.length]!;
    const [rel, text] = g.one([
      ['workspace/helm/values.yaml', `auth:\n  enabled: true\n  ${name}: ${v}\n`],
      ['workspace/config.yaml', `database:\n  ${name}: "${v}"\n  port: 5432\n`],
      ['workspace/app.ini', `[db]\n${name} = ${v}\n`],
    ] as const);
    out.push({ name: `${rel} ${name}`, rel, text, value: v });
  }
  return out;
}

function prosePlants(g: SeededGen): Plant[] {
  const out: Plant[] = [];
  const lines = [
    (v: string) => `password for the shared 1Password vault is ${v} :lock:`,
    (v: string) => `mijn wachtwoord is ${v}`,
    (v: string) => `The new Wi-Fi password is ${v} and the admin panel is at /admin.`,
    (v: string) => `ok, the staging db password is now ${v}.`,
    (v: string) => `Passwort: ${v}`,
  ];
  for (let i = 0; i < 20; i++) {
    const numbered = i % 2 === 0;
    const v = numbered ? `${phrase(g, g.one(['.', '-']), 3 + g.int(2))} ${number(g)}` : phrase(g, '-', 4 + g.int(2));
    out.push({
      name: `prose ${i}`,
      rel: 'agent_outputs/agent_b.txt',
      text: `${lines[i % lines.length]!(v)}\n`,
      value: v,
    });
  }
  for (let i = 0; i < 8; i++) {
    const v = i % 2 ? `${phrase(g, '.')}-${number(g)}` : `${word(g)}${g.one(['!', '#', '%'])}${g.pick('alnum', 8)}`;
    const text = `ssh-keygen -p -P ${v} -N "" -f ~/.ssh/id_ed25519\n`;
    out.push({ name: `ssh-keygen ${i}`, rel: 'workspace/notes/bash_history.txt', text, value: v });
  }
  for (let i = 0; i < 6; i++) {
    const v = `${g.pick('letters', 4)}${g.pick('digits', 3)}${g.one(['#', '!', '$'])}${g.pick('alnum', 3)}`;
    const text = `${g.one(['the wifi PSK is', 'Office WiFi is', 'guest wlan is'])} ${v}\n`;
    out.push({ name: `wifi ${i}`, rel: 'agent_outputs/agent_a.txt', text, value: v });
  }
  return out;
}

const KEPT: [string, string][] = [
  ['agent_outputs/agent_a.txt', 'the password is one-time-use and expires after login.\n'],
  ['agent_outputs/agent_a.txt', 'Password is at-least-eight-characters, mixed-case-with-digits.\n'],
  ['agent_outputs/agent_a.txt', 'The admin password is the one-time-password-from-email.\n'],
  ['agent_outputs/agent_a.txt', 'password is set-by-admin-team; the wifi is down-again today.\n'],
  ['agent_outputs/agent_a.txt', 'The wifi is flaky. Guest wifi is open-access for visitors.\n'],
  ['workspace/locales/en.yml', 'password: Password must have 8 characters\nconfirm: re-enter the password\n'],
  ['workspace/config.yaml', 'theme:\n  palette: blue.grey.light 2\n  font: inter-sans-serif 14\n'],
  ['workspace/notes/run.md', 'ssh-keygen -t ed25519 -P "" -C "deploy@ci" -f ./id\nssh-keygen -l -f id.pub\n'],
];

describe('attack 58b: passphrases of a generator`s words', () => {
  itRedacts(`words and a number under a password's name (seed ${SEED})`, () => namedPlants(seededGen(SEED)), 18);
  itRedacts(
    `in prose after a password word, ssh-keygen -P, a Wi-Fi PSK (seed ${SEED})`,
    () => prosePlants(seededGen(SEED + 1)),
    34,
  );
  itKeeps('prose`s hyphenated words, a locale file, dotted settings and an empty -P stay', () => KEPT, 8);
});
