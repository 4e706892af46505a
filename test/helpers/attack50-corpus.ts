/**
 * Attack 50's categories (a developer's machine copied into workspaces), planted anew from a seed: the values and the
 * places they stand in. The test (redact-attack50) says what must come out of each.
 */
import { CHARSETS, type SeededGen } from './fake-secrets.js';
import type { Plant } from './filtered.js';

const WORDS = [
  'Sunflower',
  'Harbor',
  'Whistle',
  'Glacier',
  'Cobalt',
  'Saffron',
  'Granite',
  'Pumpkin',
  'Meadow',
  'Ember',
];
const LOWER = ['dolphin', 'voyager', 'ember', 'meadow', 'nebula', 'juniper', 'crimson', 'harbor', 'falcon', 'tundra'];
const SYMBOLS = '!@#$%^&*()-_=+?~<>:';

/** A person's password of capitalised words joined by dots, a number or a mark after the last, or three words. */
export function dottedWordsPassword(g: SeededGen): string {
  const n = 2 + g.int(2);
  const words = Array.from({ length: n }, () => g.one(WORDS));
  const tail =
    n === 3 && g.int(2) === 0 ? '' : g.one([`${10 + g.int(90)}`, `${g.int(10)}`, `${1990 + g.int(36)}!`, '#']);
  return `${words.join('.')}${tail}`;
}

/** A generator's password: every class, symbols among them (`$`, `(`, `>` too, or only `symbols`), `n` long. */
export function symbolPassword(g: SeededGen, n: number, symbols = SYMBOLS): string {
  for (;;) {
    const all = `${CHARSETS.alnum}${symbols}`;
    const v = Array.from({ length: n }, () => all[g.int(all.length)]!).join('');
    if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && !/^[-:]/.test(v)) return v;
  }
}

/** Words joined by `-`: a passphrase as diceware and password managers make them. */
export const passphrase = (g: SeededGen): string => Array.from({ length: 4 }, () => g.one(LOWER)).join('-');

/** Config files' password lines a dotted password stands in (no code reads a member there). */
export function configPlants(g: SeededGen, count: number): Plant[] {
  return Array.from({ length: count }, (_, i) => {
    const value = dottedWordsPassword(g);
    const place = [
      ['workspace/etc/grafana/grafana.ini', `[security]\nadmin_password = ${value}\n`],
      ['workspace/config/app.yaml', `database:\n  db_password: ${value}\n  pool: 5\n`],
      ['workspace/deploy/mail.properties', `spring.mail.password=${value}\n`],
      ['workspace/home/jsmith/netrc', `machine ftp.example.org\n\tlogin deploy\n\tpassword ${value}\n`],
      ['workspace/etc/app.conf', `api_token = ${value}\n`],
      [
        'workspace/etc/sssd/sssd.conf',
        `[domain/corp]\nldap_default_authtok_type = password\nldap_default_authtok = ${value}\n`,
      ],
    ][i % 6]!;
    return { name: `${place[0]} #${i}`, rel: place[0]!, text: place[1]!, value };
  });
}

/** An Oracle JDBC URL's password, thin or OCI, with a service name or a SID. */
export function oraclePlants(g: SeededGen, count: number): Plant[] {
  return Array.from({ length: count }, (_, i) => {
    const value =
      i % 2 === 0 ? `${g.pick('letters', 8)}${g.pick('alnum', 8)}` : symbolPassword(g, 14).replace(/[@/:]/g, 'x');
    const user = g.one(['scott', 'app_user', 'REPORTS', 'svc-etl']);
    const url = g.one([
      `jdbc:oracle:thin:${user}/${value}@//ora.example.net:1521/ORCLPDB1`,
      `jdbc:oracle:thin:${user}/${value}@db-${g.int(9)}.example.net:1521:ORCL`,
      `jdbc:oracle:oci:${user}/${value}@PRODTNS`,
    ]);
    return {
      name: url,
      rel: 'workspace/src/main/resources/application.properties',
      text: `legacy.url=${url}\n`,
      value,
    };
  });
}
