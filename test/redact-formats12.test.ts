import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakCounter, type Planted } from './helpers/placements.js';
import { wildValues } from './helpers/wild-values.js';

/**
 * Issue 11 (formats12): a secret whose name and value are split across elements, fields or a tool's own syntax:
 * sibling XML elements (plist, KeePass, Clixml, Hadoop and .NET settings, unattend.xml), name/value records of JSON and
 * YAML (password-manager exports, container env arrays, Postman, CloudFormation parameters, ipywidgets), settings of
 * mail, LDAP, VPN, Wi-Fi and database tools, test and HTTP-file dialects, notebooks' `%env`, env tables and dumps,
 * expect scripts, IRC, archivers and openssl; and their benign twins, which must come out byte-identical.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 1212));
const { tok, pick, pw } = wildValues(rand);
const token = (): string => pick([() => tok(CHARSETS.alnum, 32), () => tok(CHARSETS.urlsafe, 40), () => pw()])();
const word = (): string => pick(['Password', 'password', 'Passwort', 'API Key', 'api_key', 'Secret', 'Token']);
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const counter = leakCounter('formats12');

const SIBLING_XML: Planted[] = [
  ['Library/Preferences/app.plist', (v) => `<dict>\n\t<key>Password</key>\n\t<string>${v}</string>\n</dict>\n`, pw],
  [
    'prefs.plist',
    (v) => `<dict><key>apiToken</key><string>${v}</string><key>port</key><integer>80</integer></dict>\n`,
    token,
  ],
  ['a.plist', (v) => `  <key>SMTPPassword</key>\n  <string>${v}</string>\n`, pw],
  [
    'vault.xml',
    (v) => `<String>\n\t<Key>Password</Key>\n\t<Value ProtectInMemory="True">${v}</Value>\n</String>\n`,
    pw,
  ],
  ['kdbx-export.xml', (v) => `<String><Key>API Key</Key><Value>${v}</Value></String>\n`, token],
  ['cred.clixml', (v) => `<Obj RefId="0"><MS><S N="UserName">admin</S><SS N="Password">${v}</SS></MS></Obj>\n`, pw],
  ['cred.xml', (v) => `    <S N="ApiKey">${v}</S>\n`, token],
  ['core-site.xml', (v) => `<property>\n  <name>fs.s3a.secret.key</name>\n  <value>${v}</value>\n</property>\n`, token],
  [
    'hive-site.xml',
    (v) => `<property><name>javax.jdo.option.ConnectionPassword</name><value>${v}</value></property>\n`,
    pw,
  ],
  ['app.config', (v) => `<setting name="DbPassword" serializeAs="String">\n  <value>${v}</value>\n</setting>\n`, pw],
  [
    'unattend.xml',
    (v) => `<AdministratorPassword>\n  <Value>${v}</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>\n`,
    pw,
  ],
  [
    'web.xml',
    (v) =>
      `<context-param>\n  <param-name>smtp.password</param-name>\n  <param-value>${v}</param-value>\n</context-param>\n`,
    pw,
  ],
  ['conf.xml', (v) => `<param name="password" value="${v}"/>\n`, pw],
  ['conf.xml', (v) => `<Property Name="ClientSecret">${v}</Property>\n`, token],
  ['jenkins.xml', (v) => `<attribute><name>secretToken</name><value>${v}</value></attribute>\n`, token],
  ['out.md', (v) => `The plist has:\n\n\`\`\`xml\n<key>${word()}</key>\n<string>${v}</string>\n\`\`\`\n`, pw],
];

const RECORDS: Planted[] = [
  [
    '1password.json',
    (v) =>
      `{"fields":[{"designation":"username","value":"bob"},{"designation":"password","value":"${v}","type":"P"}]}\n`,
    pw,
  ],
  ['1p.json', (v) => `{\n  "title": "API Key",\n  "value": {\n    "concealed": "${v}"\n  }\n}\n`, token],
  ['op.json', (v) => `{"id":"credential","type":"CONCEALED","label":"credential","value":"${v}"}\n`, token],
  ['op.json', (v) => `{"id":"x1","type":"CONCEALED","label":"db","value":"${v}"}\n`, pw],
  ['bitwarden.json', (v) => `"fields": [{"name": "api key", "value": "${v}", "type": 1}]\n`, token],
  ['bw.json', (v) => `{"name":"Recovery code","value":"${v}","type":1,"linkedId":null}\n`, token],
  [
    'task-def.json',
    (v) => `"environment": [\n  {"name": "DB_PASSWORD", "value": "${v}"},\n  {"name": "PORT", "value": "80"}\n]\n`,
    pw,
  ],
  ['azure.json', (v) => `{ "Name": "DB_PASSWORD", "Value": "${v}", "SlotSetting": false }\n`, pw],
  [
    'azure.json',
    (v) => `[\n  {\n    "name": "STRIPE_SECRET",\n    "value": "${v}",\n    "slotSetting": false\n  }\n]\n`,
    token,
  ],
  [
    'deploy.yaml',
    (v) =>
      `        env:\n        - name: DB_PASSWORD\n          value: ${v}\n        - name: PORT\n          value: "80"\n`,
    pw,
  ],
  ['deploy.yaml', (v) => `env:\n  - name: API_TOKEN\n    value: "${v}"\n`, token],
  ['postman_environment.json', (v) => `{"key": "apiKey", "value": "${v}", "enabled": true}\n`, token],
  ['postman.json', (v) => `{\n\t"key": "password",\n\t"value": "${v}",\n\t"type": "secret"\n}\n`, pw],
  ['params.json', (v) => `[{"ParameterKey": "DBPassword", "ParameterValue": "${v}"}]\n`, pw],
  ['gitlab.json', (v) => `{"variable_type":"env_var","key":"DEPLOY_TOKEN","value":"${v}","protected":true}\n`, token],
  [
    'notebook.ipynb',
    (v) =>
      `{"state": {"abc": {"model_name": "PasswordModel", "state": {"_model_name": "PasswordModel", "description": "Password:", "value": "${v}"}}}}\n`,
    pw,
  ],
  [
    'nb.ipynb',
    (v) =>
      `   "_model_name": "PasswordModel",\n   "_view_name": "PasswordView",\n   "description": "Key",\n   "value": "${v}"\n`,
    token,
  ],
  ['ssm.json', (v) => `{"Parameter": {"Name": "/prod/db/password", "Type": "SecureString", "Value": "${v}"}}\n`, pw],
  ['secrets.json', (v) => `{"SecretString": "${v}", "Name": "prod/api"}\n`, token],
];

const SETTINGS: Planted[] = [
  ['.muttrc', (v) => `set imap_pass="${v}"\n`, pw],
  ['muttrc', (v) => `set smtp_pass = ${v}\n`, pw],
  ['neomuttrc', (v) => `set smtp_url="smtps://bob@mail.example.com"\nset smtp_pass='${v}'\n`, pw],
  ['.offlineimaprc', (v) => `[Repository Remote]\nremoteuser = bob\nremotepass = ${v}\n`, pw],
  ['home.nmconnection', (v) => `[wifi-security]\nkey-mgmt=wpa-psk\npsk=${v}\n`, pw],
  ['wpa_supplicant.conf', (v) => `network={\n    ssid="Home"\n    psk="${v}"\n}\n`, pw],
  ['hostapd.conf', (v) => `ssid=Home\nwpa_passphrase=${v}\n`, pw],
  ['nslcd.conf', (v) => `binddn cn=admin,dc=example,dc=com\nbindpw ${v}\n`, pw],
  ['slapd.conf', (v) => `rootdn "cn=Manager,dc=example,dc=com"\nrootpw   ${v}\n`, pw],
  ['ldap.conf', (v) => `BINDPW ${v}\n`, pw],
  ['users.ldif', (v) => `dn: uid=bob,ou=people,dc=example,dc=com\nuserPassword:: ${b64(v)}\n`, () => pw()],
  ['users.ldif', (v) => `dn: uid=bob,dc=example\nuserPassword: ${v}\n`, pw],
  ['redis.conf', (v) => `requirepass ${v}\nmasterauth ${v}\n`, pw],
  ['.fetchmailrc', (v) => `poll mail.example.com protocol IMAP user "bob" password "${v}"\n`, pw],
  ['.msmtprc', (v) => `account default\nhost smtp.example.com\nuser bob\npassword ${v}\n`, pw],
  ['.mbsyncrc', (v) => `IMAPAccount work\nUser bob\nPass ${v}\n`, pw],
  ['ipsec.secrets', (v) => `: PSK "${v}"\n`, pw],
  ['tests.robot', (v) => `*** Variables ***\n\${PASSWORD}    ${v}\n\${USER}    bob\n`, pw],
  ['keywords.robot', (v) => `*** Variables ***\n\${API_TOKEN}        ${v}\n`, token],
  ['api.hurl', (v) => `GET https://example.com/api\n[BasicAuth]\nbob: ${v}\n`, pw],
  ['application.properties', (v) => `spring.datasource.password=\${DB_PASSWORD:${v}}\n`, pw],
  ['application.yml', (v) => `  password: \${DB_PASSWORD:${v}}\n`, pw],
  ['nb.ipynb', (v) => `    "%env OPENAI_API_KEY=${v}\\n",\n`, token],
  ['cell.py', (v) => `%env MY_SERVICE_KEY=${v}\n`, token],
  ['answer.md', (v) => `| Variable | Value |\n|---|---|\n| OPENAI_API_KEY | ${v} |\n| PORT | 8080 |\n`, token],
  ['answer.md', (v) => `| Name | Value |\n| --- | --- |\n| \`DB_PASSWORD\` | \`${v}\` |\n`, pw],
  ['run.log', (v) => `$ env\nHOME=/root\nSERVICE_TOKEN=${v}\nPATH=/usr/bin\n`, token],
  ['run.log', (v) => `$ printenv | sort\nMAIL_PASS=${v}\nSHELL=/bin/bash\n`, pw],
  ['login.exp', (v) => `spawn ssh bob@host\nexpect "password:"\nsend "${v}\\r"\n`, pw],
  ['login.exp', (v) => `expect "*assword*" { send "${v}\\r" }\n`, pw],
  ['irc.log', (v) => `/msg NickServ IDENTIFY ${v}\n`, pw],
  ['irc.log', (v) => `/msg nickserv identify bob ${v}\n`, pw],
  ['run.log', (v) => `7z a -p${v} backup.7z data/\n`, pw],
  ['run.log', (v) => `zip -P ${v} -r out.zip dir\n`, pw],
  ['run.log', (v) => `zip -r -P '${v}' out.zip dir\n`, pw],
  ['run.log', (v) => `openssl enc -aes-256-cbc -in a -out a.enc -pass pass:${v}\n`, pw],
  ['run.log', (v) => `openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:${v}\n`, pw],
  ['run.log', (v) => `sshpass -p ${v} ssh bob@host\n`, pw],
  ['run.log', (v) => `sshpass -p '${v}' scp a bob@host:\n`, pw],
  ['run.log', (v) => `ldapsearch -x -D "cn=admin,dc=ex" -w ${v} -b dc=ex\n`, pw],
  ['run.log', (v) => `smbclient //fs/share -U bob%${v}\n`, pw],
  ['pgpass', (v) => `db.example.com:5432:app:bob:${v}\n`, pw],
];

const BENIGN: [string, string][] = [
  ['a.plist', '<dict>\n\t<key>PasswordLength</key>\n\t<integer>12</integer>\n</dict>\n'],
  ['a.plist', '<key>Password</key>\n<string></string>\n'],
  ['a.plist', '<key>PasswordPolicy</key>\n<string>StrongPasswordRequired</string>\n'],
  ['a.plist', '<key>CFBundleIdentifier</key>\n<string>com.example.PasswordManagerApp</string>\n'],
  ['a.plist', '<key>NSFaceIDUsageDescription</key>\n<string>Unlock your saved passwords</string>\n'],
  ['a.plist', '<key>SecretSauceEnabled</key>\n<true/>\n'],
  ['vault.xml', '<String><Key>Title</Key><Value>Gmail account</Value></String>\n'],
  ['vault.xml', '<String><Key>Password</Key><Value ProtectInMemory="True" /></String>\n'],
  ['vault.xml', '<String><Key>UserName</Key><Value>bob@example.com</Value></String>\n'],
  ['cred.clixml', '<S N="UserName">CORP\\administrator</S>\n'],
  ['cred.clixml', '<S N="PasswordPolicy">Default</S>\n'],
  [
    'core-site.xml',
    '<property><name>fs.s3a.secret.key.provider</name><value>org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider</value></property>\n',
  ],
  [
    'core-site.xml',
    '<property>\n  <name>hadoop.security.credential.provider.path</name>\n  <value>jceks://hdfs/user/creds.jceks</value>\n</property>\n',
  ],
  ['hive-site.xml', '<property><name>javax.jdo.option.ConnectionUserName</name><value>hiveuser</value></property>\n'],
  ['app.config', '<setting name="PasswordMinLength" serializeAs="String">\n  <value>12</value>\n</setting>\n'],
  ['conf.xml', '<param name="password" value="${db.password}"/>\n'],
  ['conf.xml', '<param name="passwordField" value="j_password"/>\n'],
  ['schema.json', '{"name":"password","type":"string","required":true}\n'],
  ['schema.json', '{"name": "api_key", "type": "string", "description": "Your API key"}\n'],
  ['form.json', '{"name":"password","label":"Password","value":"","placeholder":"Enter your password"}\n'],
  ['form.json', '{"designation":"password","value":"","type":"P"}\n'],
  ['op.json', '{"id":"notes","type":"STRING","label":"notesPlain","value":"Shared with the whole team"}\n'],
  [
    'op.json',
    '{"id":"password","type":"CONCEALED","purpose":"PASSWORD","label":"password","value":"{{ op://vault/item/password }}"}\n',
  ],
  [
    'task-def.json',
    '"environment": [{"name": "PORT", "value": "8080"}, {"name": "NODE_ENV", "value": "production"}]\n',
  ],
  [
    'task-def.json',
    '"secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db/password"}]\n',
  ],
  ['task-def.json', '{"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db_password"}\n'],
  [
    'deploy.yaml',
    'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n',
  ],
  ['deploy.yaml', 'env:\n  - name: LOG_LEVEL\n    value: debug\n  - name: TOKEN_TTL\n    value: "3600"\n'],
  ['deploy.yaml', 'env:\n  - name: API_TOKEN\n    value: "$(API_TOKEN)"\n'],
  ['postman.json', '{"key": "baseUrl", "value": "https://api.example.com/v1", "enabled": true}\n'],
  ['postman.json', '{"key": "apiKey", "value": "{{apiKey}}", "type": "string"}\n'],
  ['postman.json', '{"key": "password", "value": "<your-password>", "type": "string"}\n'],
  ['nb.ipynb', '   "_model_name": "PasswordModel",\n   "description": "Password:",\n   "value": ""\n'],
  ['nb.ipynb', '   "_model_name": "TextModel",\n   "description": "Name:",\n   "value": "Ada Lovelace, Countess"\n'],
  ['ssm.json', '{"Parameter": {"Name": "/prod/db/host", "Type": "String", "Value": "db.internal.example.com"}}\n'],
  ['.muttrc', 'set imap_pass=""\nset imap_user="bob@example.com"\n'],
  ['.muttrc', 'set imap_pass="`pass show mail/bob`"\n'],
  ['.muttrc', 'set smtp_pass = $my_pass\n'],
  ['.offlineimaprc', 'remotepasseval = get_pass("work")\nremoteuser = bob\n'],
  ['home.nmconnection', '[wifi-security]\nkey-mgmt=wpa-psk\npsk-flags=1\n'],
  ['home.nmconnection', '[wifi-security]\npsk=\n'],
  ['wpa_supplicant.conf', 'network={\n    ssid="Home"\n    psk=<your-passphrase>\n}\n'],
  ['wpa_supplicant.conf', 'network={\n    ssid="Home"\n    key_mgmt=NONE\n}\n'],
  ['nslcd.conf', 'bindpw secret\n'],
  ['nslcd.conf', 'binddn cn=admin,dc=example,dc=com\nbase dc=example,dc=com\n'],
  ['slapd.conf', 'rootpw {SSHA}\n'],
  ['users.ldif', 'dn: uid=bob,ou=people,dc=example,dc=com\nobjectClass: inetOrgPerson\ncn: Bob Example Person\n'],
  ['redis.conf', '# requirepass foobared\nmaxmemory 256mb\n'],
  ['tests.robot', '*** Test Cases ***\nLogin\n    Input Password    id=pw    ${PASSWORD}\n'],
  ['tests.robot', '*** Variables ***\n${BROWSER}    chrome\n${URL}    https://example.com/login\n'],
  ['api.hurl', 'GET https://example.com/api\n[BasicAuth]\nbob: {{password}}\n'],
  ['application.properties', 'spring.datasource.password=${DB_PASSWORD}\n'],
  ['application.properties', 'server.port=${PORT:8080}\nspring.datasource.url=${DB_URL:jdbc:h2:mem:test}\n'],
  ['cell.py', '%env OPENAI_API_KEY=<your-key>\n%env CUDA_VISIBLE_DEVICES=0\n'],
  ['answer.md', '| Variable | Value |\n|---|---|\n| OPENAI_API_KEY | `<your-key>` |\n| PORT | 8080 |\n'],
  [
    'answer.md',
    '| Variable | Description |\n|---|---|\n| OPENAI_API_KEY | Your OpenAI API key, from the dashboard |\n',
  ],
  ['run.log', '$ env\nHOME=/root\nPATH=/usr/local/sbin:/usr/local/bin\nLANG=C.UTF-8\n'],
  ['login.exp', 'expect "password:"\nsend "$env(PASSWORD)\\r"\n'],
  ['login.exp', 'expect "$ "\nsend "ls -la /var/log\\r"\n'],
  ['irc.log', '/msg NickServ IDENTIFY <password>\n/msg NickServ HELP\n'],
  ['run.log', 'zip -r out.zip dir\n7z a backup.7z data/\n'],
  ['run.log', 'openssl enc -aes-256-cbc -in a -out a.enc -pass env:PASSPHRASE\n'],
  ['run.log', 'openssl pkcs12 -export -in c.pem -out c.p12 -passout file:pw.txt\n'],
  ['run.log', 'sshpass -e ssh bob@host\nsshpass -f ~/.pw ssh bob@host\n'],
  ['README.md', 'Set `imap_pass` in your muttrc, `remotepass` in offlineimaprc and `psk` in the connection file.\n'],
  ['README.md', 'The `bindpw` and `rootpw` options hold the LDAP password; use `userPassword` for users.\n'],
  ['pgpass', 'db.example.com:5432:*:bob:*\n'],
];

describe('issue 11, formats12: names and values split across elements, fields and tool syntax', () => {
  it('redacts secrets in sibling XML elements', () => {
    assert.deepEqual(counter.leaked('xml', SIBLING_XML), []);
  });
  it('redacts secrets in name/value records', () => {
    assert.deepEqual(counter.leaked('records', RECORDS), []);
  });
  it('redacts secrets under tool-specific setting names', () => {
    assert.deepEqual(counter.leaked('settings', SETTINGS), []);
  });
  it('keeps the benign twins byte-identical', () => {
    assert.deepEqual(damaged(BENIGN), []);
  });
});
