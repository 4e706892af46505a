import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements } from './helpers/placements.js';
import { wildValues } from './helpers/wild-values.js';

/**
 * Issue 11, attack9 §4, §8 and §8b: a secret whose name and value sit apart (Hadoop XML, secret managers' JSON,
 * password inputs, wpa_supplicant, Ansible, cookies.txt), protocol transcripts (SMTP AUTH LOGIN, IMAP LOGIN, redis
 * AUTH), log fields with short secret names and OpenVPN static keys; and the look-alikes beside them.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 3030));
const { tok, pw } = wildValues(rand);
const key40 = (): string => tok(CHARSETS.b64, 40);
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const smtpPw = (): string => b64(pw());
const xmlProp = (name: string, v: string): string =>
  `<configuration>\n  <property>\n    <name>${name}</name>\n    <value>${v}</value>\n  </property>\n</configuration>\n`;
const ovpnLines = (): string => Array.from({ length: 16 }, () => tok(CHARSETS.hex, 32)).join('\n');
const ovpn = (v: string): string =>
  `<tls-auth>\n#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n${v}\n-----END OpenVPN Static key V1-----\n</tls-auth>\n`;

describe('issue 11, category 3: names and values apart', () => {
  it('redacts the value', () => {
    const missed = leakedPlacements([
      ['core-site.xml', (v) => xmlProp('fs.s3a.secret.key', v), key40],
      ['core-site.xml', (v) => xmlProp('fs.azure.account.key.acct.blob.core.windows.net', v), key40],
      ['hive-site.xml', (v) => xmlProp('javax.jdo.option.ConnectionPassword', v), pw],
      [
        'settings.xml',
        (v) => `<server>\n  <id>nexus</id>\n  <name>deploy.password</name>\n  <value>${v}</value>\n</server>\n`,
        pw,
      ],
      ['build.xml', (v) => `<property>\n  <name>keystore.password</name>\n\n  <value>${v}</value>\n</property>\n`, pw],
      [
        'ssm.json',
        (v) =>
          `{\n    "Parameter": {\n        "Name": "/prod/db/password",\n        "Type": "SecureString",\n        "Value": "${v}",\n        "Version": 3\n    }\n}\n`,
        pw,
      ],
      [
        'ssm.json',
        (v) => `{"Parameters": [{"Name": "/app/stripe/secret_key", "Type": "SecureString", "Value": "${v}"}]}\n`,
        key40,
      ],
      [
        'kv.json',
        (v) =>
          `{\n  "attributes": {"enabled": true},\n  "id": "https://kv1.vault.azure.net/secrets/db-password/abc",\n  "name": "db-password",\n  "value": "${v}"\n}\n`,
        pw,
      ],
      ['env.json', (v) => `[\n  {"name": "API_TOKEN", "value": "${v}"}\n]\n`, key40],
      ['login.html', (v) => `<input type="password" name="pw" value="${v}">\n`, pw],
      ['login.html', (v) => `<input class="form-control" type='password' id="p" value='${v}' />\n`, pw],
      ['form.html', (v) => `<input value="${v}" name="secret" type="password">\n`, pw],
      ['wpa_supplicant.conf', (v) => `network={\n  ssid="home"\n  psk="${v}"\n}\n`, pw],
      ['wpa_supplicant.conf', (v) => `network={\n\tssid="lab"\n\tpsk=${v}\n}\n`, () => tok(CHARSETS.hex, 64)],
      ['ipsec.secrets', (v) => `%any %any : PSK "${v}"\n`, pw],
      ['inventory.yml', (v) => `all:\n  vars:\n    ansible_become_pass: ${v}\n`, pw],
      ['hosts', (v) => `web1 ansible_host=10.0.0.5 ansible_user=deploy ansible_ssh_pass=${v}\n`, pw],
      ['group_vars.yml', (v) => `ansible_sudo_pass: "${v}"\n`, pw],
      [
        'cookies.txt',
        (v) => `# Netscape HTTP Cookie File\n.github.com\tTRUE\t/\tTRUE\t1767225600\tuser_session\t${v}\n`,
        key40,
      ],
      [
        'cookies.txt',
        (v) => `#HttpOnly_.example.com\tTRUE\t/\tFALSE\t0\tsessionid\t${v}\n`,
        () => tok(CHARSETS.lowerAlnum, 32),
      ],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps names that are not secret and placeholders', () => {
    const cases: [string, string][] = [
      ['core-site.xml', xmlProp('fs.defaultFS', 'hdfs://namenode:8020')],
      ['core-site.xml', xmlProp('fs.s3a.access.key.id', 'AKIA_PLACEHOLDER')],
      ['core-site.xml', xmlProp('fs.s3a.secret.key', '${env.S3_SECRET}')],
      ['ssm.json', '{"Parameter": {"Name": "/prod/db/host", "Type": "String", "Value": "db.internal"}}\n'],
      ['env.json', '[{"name": "LOG_LEVEL", "value": "debug"}, {"name": "PORT", "value": "8080"}]\n'],
      ['login.html', '<input type="password" name="pw" value="">\n'],
      ['login.html', '<input type="text" name="user" value="alice">\n'],
      ['wpa_supplicant.conf', 'network={\n  ssid="home"\n  key_mgmt=NONE\n}\n'],
      ['inventory.yml', 'ansible_become_pass: "{{ vault_become_pass }}"\n'],
      ['cookies.txt', '# Netscape HTTP Cookie File\n.example.com\tTRUE\t/\tFALSE\t0\ttheme\tdark\n'],
    ];
    assert.deepEqual(damaged(cases), []);
  });
});

describe('issue 11, categories 4 and 5: transcripts, log fields, key blocks', () => {
  it('redacts the credential', () => {
    const missed = leakedPlacements([
      [
        'run.log',
        (v) => `AUTH LOGIN\n334 VXNlcm5hbWU6\n${b64('bob@corp.com')}\n334 UGFzc3dvcmQ6\n${v}\n235 ok\n`,
        smtpPw,
      ],
      ['smtp.log', (v) => `C: AUTH LOGIN ${b64('bob')}\nS: 334 UGFzc3dvcmQ6\nC: ${v}\nS: 235 2.7.0 Accepted\n`, smtpPw],
      ['run.log', (v) => `{"output": "334 UGFzc3dvcmQ6\\n${v}\\n235 Authentication successful"}\n`, smtpPw],
      ['run.log', (v) => `a1 LOGIN bob@corp.com "${v}"\n`, pw],
      ['imap.log', (v) => `C: A001 LOGIN alice ${v}\nS: A001 OK LOGIN completed\n`, pw],
      ['run.log', (v) => `127.0.0.1:6379> AUTH ${v}\nOK\n`, pw],
      ['run.log', (v) => `redis:6379> AUTH default ${v}\n`, pw],
      ['run.log', (v) => `$ redis-cli\n> AUTH "${v}"\nOK\n`, pw],
      ['app.log.jsonl', (v) => `{"level": "debug", "msg": "login", "user": "bob", "pw": "${v}"}\n`, pw],
      ['app.log.jsonl', (v) => `{"psw": "${v}", "remember": true}\n`, pw],
      ['app.log.jsonl', (v) => `{"pin_code": "${v}"}\n`, pw],
      ['app.log.jsonl', (v) => `{"passcode": "${v}", "device": "ios"}\n`, pw],
      ['app.log.jsonl', (v) => `{"otp_secret": "${v}"}\n`, () => tok(CHARSETS.base32, 32)],
      ['app.log.jsonl', (v) => `{"event": "enroll", "mfa_secret": "${v}"}\n`, () => tok(CHARSETS.base32, 32)],
      ['access.log', (v) => `POST /login?user=bob&pw=${v}&next=/ HTTP/1.1" 302\n`, () => tok(CHARSETS.alnum, 16)],
      ['app.log', (v) => `body: user=bob&passwd=${v}\n`, () => tok(CHARSETS.alnum, 16)],
      ['client.ovpn', (v) => `client\nremote vpn.example.com 1194\n${ovpn(v)}`, ovpnLines],
      [
        'client.ovpn',
        (v) =>
          `<tls-crypt>\n-----BEGIN OpenVPN Static key V1-----\n${v}\n-----END OpenVPN Static key V1-----\n</tls-crypt>\n`,
        ovpnLines,
      ],
      ['ta.key', (v) => ovpn(v), ovpnLines],
      ['run.log', (v) => `{"output": ${JSON.stringify(ovpn(v))}}\n`, ovpnLines],
    ]);
    assert.deepEqual(missed, []);
  });
  it('keeps protocol lines and fields that hold no secret', () => {
    const cases: [string, string][] = [
      ['run.log', 'AUTH LOGIN\n334 VXNlcm5hbWU6\n'],
      ['run.log', 'a1 LOGIN bob@corp.com {12}\n'],
      ['notes.md', 'AUTH tokens expire after an hour.\n'],
      ['run.log', '127.0.0.1:6379> AUTH $REDIS_PASSWORD\n'],
      ['app.log.jsonl', '{"pw": "", "pin": true, "pass": null, "pin_code": "${PIN}"}\n'],
      ['app.log.jsonl', '{"pass": "yes", "pw": "***"}\n'],
      ['access.log', 'GET /search?q=pw&page=2 HTTP/1.1\n'],
      ['client.ovpn', 'tls-auth ta.key 1\nremote vpn.example.com 1194\n'],
      ['README.md', 'Put the -----BEGIN OpenVPN Static key V1----- block in ta.key.\n'],
    ];
    assert.deepEqual(damaged(cases), []);
  });
});
