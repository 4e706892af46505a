/**
 * The readers of command-secrets.ts: for each command's literal, which of its arguments holds the secret (glued to a
 * flag, after one, positional, a here-string, a `user<sep>password` pair), and the arguments themselves, split as far
 * as a reader asks.
 */

export type Arg = { v: string; start: number; end: number };
/** The argument holding the secret, from the arguments after the command's literal (null: none). */
export type Reader = (args: Args) => Arg | null;

const glued =
  (flag: RegExp): Reader =>
  (args) => {
    for (const a of args) {
      const m = flag.exec(a.v);
      if (m?.[1] === undefined) continue;
      const q = /^(["']).*\1$/.test(m[1]) ? 1 : 0;
      return { v: m[1].slice(q, m[1].length - q), start: a.end - m[1].length + q, end: a.end - q };
    }
    return null;
  };
/** The argument after a flag (`-pw P`), or glued to it after `=` or `:` (`--http-password=P`, `/p:P`). */
const after =
  (flag: RegExp): Reader =>
  (args) => {
    for (let i = 0, a = args.get(0); a !== undefined; a = args.get(++i)) {
      const m = flag.exec(a.v);
      if (m === null) continue;
      if (m[1]) return { v: m[1], start: a.end - m[1].length, end: a.end };
      return args.get(i + 1) ?? null;
    }
    return null;
  };
const positional =
  (n: number, skip = /^[-/]/): Reader =>
  (args) => {
    let k = 0;
    for (const a of args) if (!skip.test(a.v) && k++ === n) return a;
    return null;
  };
const immediate: Reader = (args) => args.get(0) ?? null;
/** The value of a flag that is the literal: the next argument, or glued after `=`. */
const flagValue: Reader = (args) => {
  const a = args.get(0);
  if (a === undefined || !a.v.startsWith('=')) return a ?? null;
  return { v: a.v.slice(1), start: a.start + 1, end: a.end };
};

const htpasswd: Reader = (args) => {
  let flags = '';
  for (const a of args) if (a.v.startsWith('-')) flags += a.v;
  if (!flags.includes('b')) return null;
  return positional(flags.includes('n') ? 1 : 2)(args);
};
/** `net use [drive] \\\\server\\share [password] /user:…`: the first bare argument after the share. */
const netUse: Reader = (args) => {
  let share = false;
  for (const a of args) {
    if (share && !/^[-/*]|\\|^[A-Za-z]:$/.test(a.v)) return a;
    share ||= a.v.includes('\\');
  }
  return null;
};
/**
 * A `user<sep>password` pair after a flag (`lftp -u deploy,P`, HTTPie's `http -a admin:P`, `--auth=admin:P`): the part
 * after the first separator, without the quotes around it (`admin:'P'`). A pair with no password prompts for it.
 */
const pairAfter =
  (flag: RegExp, sep: string): Reader =>
  (args) => {
    const a = after(flag)(args);
    const cut = a?.v.indexOf(sep) ?? -1;
    if (a === null || cut < 1) return null;
    const rest = a.v.slice(cut + 1);
    const q = /^(["']).*\1$/.test(rest) ? 1 : 0;
    return { v: rest.slice(q, rest.length - q), start: a.end - rest.length + q, end: a.end - q };
  };
/** PowerShell's `ConvertTo-SecureString [-String] P -AsPlainText`: a plain password is given only with that switch. */
const secureString: Reader = (args) => {
  let plain = false;
  for (const a of args) plain ||= /^-AsPlainText$/i.test(a.v);
  return plain ? (after(/^-String$/i)(args) ?? positional(0, /^-/)(args)) : null;
};
/** A here-string given to a command that reads a secret from stdin (`kinit u <<< 'P'`, `<<<P`). */
const hereString: Reader = (args) => {
  for (let i = 0, a = args.get(0); a !== undefined; a = args.get(++i)) {
    if (a.v === '<<<') return args.get(i + 1) ?? null;
    const m = /^<<<(["']?)(.+)\1$/.exec(a.v);
    if (m) return { v: m[2]!, start: a.end - m[1]!.length - m[2]!.length, end: a.end - m[1]!.length };
  }
  return null;
};
/** `sudo -S` (its password from stdin; `-s` runs a shell) given a here-string. */
const sudoStdin: Reader = (args) => {
  for (const a of args) {
    if (!a.v.startsWith('-')) return null;
    if (/^-[A-Za-z]*S/.test(a.v)) return hereString(args);
  }
  return null;
};
const RCLONE_SECRET =
  /^(?:pass|password|password2|secret_access_key|client_secret|token|key|account_key|sas_url|api_key|bearer_token|session_token|secret)$/;
const rclone: Reader = (args) => {
  for (let i = 2, a = args.get(2); a !== undefined; a = args.get(++i)) {
    const [k, v] = a.v.split('=', 2);
    if (!RCLONE_SECRET.test(k!)) continue;
    if (v !== undefined) return { v, start: a.end - v.length, end: a.end };
    return args.get(i + 1) ?? null;
  }
  return null;
};

/** Kickstart's `rootpw [--plaintext] [--lock] P`: the first bare argument, unless `--iscrypted` says it is a hash. */
const rootpw: Reader = (args) => {
  for (const a of args) if (a.v === '--iscrypted') return null;
  return positional(0, /^--/)(args);
};
/** MinIO's `mc alias set [--api S3v4] [--path on] ALIAS URL ACCESS SECRET`: a flag's value is no positional one. */
const mcAlias: Reader = (args) => {
  let k = 0;
  for (let i = 0, a = args.get(0); a !== undefined; a = args.get(++i)) {
    if (/^--?(?:api|path|insecure|json|config-dir|C)$/.test(a.v)) {
      if (!/^--?(?:insecure|json)$/.test(a.v)) i++;
      continue;
    }
    if (a.v.startsWith('-')) continue;
    if (k++ === 3) return a;
  }
  return null;
};
/** SQL Server's procedures, by the literal that holds the password (`EXEC sp_addlogin 'u', 'P'`, `@passwd = N'P'`). */
const procedureLiteral =
  (n: number, name: string): Reader =>
  (args) =>
    args.literal(n, name);

export const READERS: [string, Reader][] = [
  ['7z ', glued(/^-p(.+)$/)],
  ['7za ', glued(/^-p(.+)$/)],
  ['7zz ', glued(/^-p(.+)$/)],
  ['unrar ', glued(/^-p(?!-$)(.+)$/)],
  ['rar ', glued(/^-h?p(?!-$)(.+)$/)],
  ['htpasswd ', htpasswd],
  ['net use ', netUse],
  ['net user ', positional(1)],
  [
    'vault login ',
    (args) => {
      const a = args.get(0);
      return a && !/^-|=/.test(a.v) ? a : hereString(args);
    },
  ],
  ['kinit ', hereString],
  ['op signin', hereString],
  ['sudo ', sudoStdin],
  ['heroku auth:token ', immediate],
  ['rabbitmqctl add_user ', positional(1)],
  ['rabbitmqctl change_password ', positional(1)],
  ['wpa_passphrase ', positional(1)],
  ['rclone config create ', rclone],
  ['rclone config update ', rclone],
  ['lftp ', pairAfter(/^-u$/, ',')],
  ['http ', pairAfter(/^(?:-a|--auth)(?:=(.+))?$/, ':')],
  ['https ', pairAfter(/^(?:-a|--auth)(?:=(.+))?$/, ':')],
  ['ConvertTo-SecureString ', secureString],
  ['schtasks ', after(/^\/RP$/i)],
  ['cmdkey ', after(/^\/pass:(.+)$/i)],
  ['poetry config http-basic.', positional(2)],
  ['influx ', after(/^(?:-t|--token)(?:=(.+))?$/)],
  ['plink ', after(/^-pw$/)],
  ['pscp ', after(/^-pw$/)],
  ['psftp ', after(/^-pw$/)],
  ['xfreerdp ', after(/^[/+]p:(.+)$/)],
  ['rdesktop ', after(/^-p$/)],
  ['ipmitool ', after(/^-P$/)],
  ['psexec', after(/^-p$/)],
  ['nmcli ', after(/^(?:password|wifi-sec\.psk|802-1x\.password)$/)],
  ['snmpwalk ', after(/^-[AXc]$/)],
  ['snmpget ', after(/^-[AXc]$/)],
  ['snmpset ', after(/^-[AXc]$/)],
  ['snmpgetnext ', after(/^-[AXc]$/)],
  ['snmpbulkwalk ', after(/^-[AXc]$/)],
  ['snmpbulkget ', after(/^-[AXc]$/)],
  ['snmptrap ', after(/^-[AXc]$/)],
  // snmpd.conf's communities.
  ['rocommunity ', immediate],
  ['rwcommunity ', immediate],
  ['--oauth2-bearer', flagValue],
  ['--http-password', flagValue],
  ['--ftp-password', flagValue],
  ['--proxy-password', flagValue],
  ['--http-passwd', flagValue],
  ['--rpc-secret', flagValue],
  // MinIO's client: `mc alias set ALIAS URL ACCESS_KEY SECRET_KEY` (and its older `mc config host add`).
  ['mc alias set ', mcAlias],
  ['mc config host add ', mcAlias],
  ['rootpw ', rootpw],
  // Cisco IOS: `username U privilege 15 password 0 P`, `enable secret 0 P`; type 7 is a reversible encoding.
  ['password 0 ', immediate],
  ['password 7 ', immediate],
  ['secret 0 ', immediate],
  // An SNMP community string is its agent's password (`snmp-server community S RW`: attack 36; the tools' `-c S`).
  ['snmp-server community ', immediate],
  ['sp_addlogin ', procedureLiteral(1, 'passwd')],
  ['sp_password ', procedureLiteral(1, 'new')],
];
const ARG = /(?:[^\s"'|;&]+|"[^"\n]*"|'[^'\n]*')+/g;

/**
 * The arguments of text[from, to), quotes removed, split as far as a reader asks (most read two or three: a run of
 * `net user ` split each command's window of 2,048 characters whole, 5.3 s per MB).
 */
export class Args implements Iterable<Arg> {
  private readonly list: Arg[] = [];
  private readonly seg: string;
  private at = 0;
  constructor(
    text: string,
    private readonly from: number,
    to: number,
  ) {
    this.seg = text.slice(from, to);
  }

  /** The i-th argument, or undefined after the last. */
  get(i: number): Arg | undefined {
    while (this.list.length <= i && this.at !== -1) {
      ARG.lastIndex = this.at;
      const m = ARG.exec(this.seg);
      if (m === null) {
        this.at = -1;
        break;
      }
      this.at = ARG.lastIndex;
      const q = /^(["']).*\1$/.test(m[0]) ? 1 : 0;
      const start = this.from + m.index;
      this.list.push({ v: m[0].slice(q, m[0].length - q), start: start + q, end: start + m[0].length - q });
    }
    return this.list[i];
  }

  /**
   * The SQL literal the arguments give as `@name` (`@passwd = N'P'`), or else the n-th of those they start with,
   * separated by commas (`'u', 'P'`).
   */
  literal(n: number, name: string): Arg | null {
    const item = /\s*(?:@(\w+)\s*=\s*)?(?:N?'((?:[^'\n]|''){0,256})'|NULL)\s*(,?)/diy;
    let nth: Arg | null = null;
    for (let k = 0, m = item.exec(this.seg); m !== null; k++, m = item.exec(this.seg)) {
      const at = m.indices![2];
      const arg = at === undefined ? null : { v: m[2]!, start: this.from + at[0], end: this.from + at[1] };
      if (m[1] !== undefined && m[1].toLowerCase() === name) return arg;
      if (k === n && m[1] === undefined) nth = arg;
      if (m[3] === '') break;
    }
    return nth;
  }

  *[Symbol.iterator](): Iterator<Arg> {
    for (let i = 0, a = this.get(0); a !== undefined; a = this.get(++i)) yield a;
  }
}
