import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements } from './helpers/placements.js';
import { wildValues } from './helpers/wild-values.js';

/**
 * Issue 11, attack9 §3: passwords and tokens on command lines (archivers, `sudo -S`, htpasswd, rclone, `net use`,
 * `vault login`, remote-desktop and IPMI tools, curl's bearer flag), in shells, JSON traces and Markdown; and the
 * same commands with variables, prompts and flags that must survive.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 2020));
const { tok, pick, pw } = wildValues(rand);
const token = (): string => pick([() => `hvs.${tok(CHARSETS.urlsafe, 24)}`, () => tok(CHARSETS.alnum, 32)])();
const json = (cmd: string): string => `${JSON.stringify({ command: cmd })}\n`;

describe('issue 11, category 2: secrets on command lines', () => {
  it('redacts passwords and tokens given to commands', () => {
    const missed = leakedPlacements([
      ['run.log', (v) => json(`7z x -p${v} backup.7z`), pw],
      ['run.log', (v) => `$ 7z a -mhe=on -p${v} secret.7z ./data\n`, pw],
      ['run.log', (v) => `7za e archive.7z -p"${v}" -o/tmp/out\n`, pw],
      ['run.log', (v) => `unrar x -p${v} a.rar /tmp/\n`, pw],
      ['run.log', (v) => `rar a -hp${v} out.rar dir\n`, pw],
      ['run.log', (v) => json(`echo ${v} | sudo -S systemctl restart app`), pw],
      ['run.log', (v) => `echo '${v}' | sudo -S apt-get install -y nginx\n`, pw],
      ['run.log', (v) => `printf "${v}" |sudo -S -k ls /root\n`, pw],
      ['execution_trace.md', (v) => `heroku auth:token ${v}\n`, token],
      ['run.log', (v) => `htpasswd -b -c /etc/nginx/.htpasswd admin ${v}\n`, pw],
      ['run.log', (v) => `htpasswd -nb admin '${v}' >> users\n`, pw],
      ['run.log', (v) => `htpasswd -Bbc .htpasswd alice ${v}\n`, pw],
      ['trace.md', (v) => `{"command": "htpasswd -b -c /etc/nginx/.htpasswd admin ${v}"}\n`, pw],
      ['trace.jsonl', (v) => `{"tool": "bash", "args": ["htpasswd -bc .htpasswd bob ${v}"]}\n`, pw],
      [
        'run.log',
        (v) =>
          `rclone config create s3 s3 provider AWS access_key_id AKIA${tok(CHARSETS.upperAlnum, 16)} secret_access_key ${v}\n`,
        pw,
      ],
      ['run.log', (v) => `rclone config create box sftp host fs.local user bob pass=${v}\n`, pw],
      ['run.log', (v) => `net use Z: \\\\fs01\\share /user:CORP\\alice ${v}\n`, pw],
      ['run.log', (v) => `net use \\\\10.0.0.5\\c$ ${v} /user:Administrator\n`, pw],
      ['run.log', (v) => `net user svc_backup ${v} /add /domain\n`, pw],
      ['run.log', (v) => `vault login ${v}\n`, token],
      ['run.log', (v) => `$ plink -ssh root@10.0.0.9 -pw ${v} "uptime"\n`, pw],
      ['run.log', (v) => `pscp -pw ${v} file.txt root@host:/tmp/\n`, pw],
      ['run.log', (v) => `xfreerdp /v:10.0.0.4 /u:admin /p:${v} /cert:ignore\n`, pw],
      ['run.log', (v) => `rdesktop -u admin -p ${v} 10.0.0.4\n`, pw],
      ['run.log', (v) => `rabbitmqctl add_user admin ${v}\n`, pw],
      ['run.log', (v) => `rabbitmqctl change_password guest '${v}'\n`, pw],
      ['run.log', (v) => `echo "alice:${v}" | chpasswd\n`, pw],
      ['run.log', (v) => `ipmitool -I lanplus -H 10.0.0.2 -U ADMIN -P ${v} power status\n`, pw],
      ['run.log', (v) => `wpa_passphrase HomeWifi ${v} > /etc/wpa.conf\n`, pw],
      ['run.log', (v) => `nmcli dev wifi connect HomeWifi password ${v}\n`, pw],
      ['run.log', (v) => `curl --oauth2-bearer ${v} https://api.example.com/v1/me\n`, token],
      ['run.log', (v) => `wget --http-password=${v} --http-user=bob https://files.example.com/a.tgz\n`, pw],
      ['run.log', (v) => `aria2c --rpc-secret=${v} --enable-rpc\n`, token],
      ['run.log', (v) => `snmpwalk -v3 -u admin -l authPriv -a SHA -A ${v} -x AES -X ${pw()} 10.0.0.1\n`, pw],
    ]);
    assert.deepEqual(missed, []);
  });

  it('keeps variables, prompts, flags and prose', () => {
    const cases: [string, string][] = [
      ['run.log', '7z x -p backup.7z\n'],
      ['run.log', '7z x -p"$ARCHIVE_PASSWORD" backup.7z\n'],
      ['run.log', 'unrar x -p- a.rar\n'],
      ['run.log', 'echo "$SUDO_PASS" | sudo -S systemctl restart app\n'],
      ['run.log', 'echo ${PASSWORD} | sudo -S true\n'],
      ['run.log', 'htpasswd -c /etc/nginx/.htpasswd admin\n'],
      ['run.log', 'htpasswd -b .htpasswd admin "$PW"\n'],
      ['run.log', 'net use Z: \\\\fs01\\share /user:CORP\\alice *\n'],
      ['run.log', 'net use Z: \\\\fs01\\share /persistent:yes\n'],
      ['run.log', 'vault login -method=github\n'],
      ['run.log', 'vault login\n'],
      ['run.log', 'heroku auth:token\n'],
      ['run.log', 'plink -ssh root@host -pw $PW\n'],
      ['run.log', 'xfreerdp /v:host /u:admin /p:%RDP_PASSWORD%\n'],
      ['run.log', 'rabbitmqctl add_user admin\n'],
      ['run.log', 'curl --oauth2-bearer "$TOKEN" https://api.example.com\n'],
      ['run.log', 'wget --http-password=$PASS https://x\n'],
      ['README.md', 'Use `7z x -p<password> file.7z` to extract, and `net use` to map the share.\n'],
      ['README.md', 'Run vault login with your token, then heroku auth:token to print yours.\n'],
      ['run.log', 'rclone config create s3 s3 provider AWS env_auth true\n'],
      ['run.log', 'ipmitool -I lanplus -H host -U ADMIN -E power status\n'],
      ['notes.md', 'The rar format and 7z tools; net use maps drives.\n'],
    ];
    assert.deepEqual(damaged(cases), []);
  });
});
