/**
 * Round 24, issue 11 category 5: private key material in the export format of the tool that made it (wallet dumps,
 * BIP32 strings, raw EVM keys in configs and tool output, Solana/Cardano/Cosmos/Monero key files, minisign and signify
 * secret keys, WireGuard configs, JWK private members, PuTTY and armourless OpenSSH keys, SSLKEYLOGFILE lines, Tor
 * onion keys, keytabs and PKCS#12 in base64, TOTP secrets), each built byte for byte from its format with seeded
 * bytes; and twins: the public halves and what sits beside keys, which must come out byte for byte.
 */
import { createHash } from 'node:crypto';
import { base32, base58 } from './encodings12-corpus.js';
import { rng } from './fake-secrets.js';
import type { Planted } from './placements.js';

/** The seeded material generators shared by the plants and the twins. */
export function material(seed: number) {
  const rand = rng(seed);
  const int = (k: number): number => Math.floor(rand() * k);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => int(256)));
  const hex = (n: number): string => bytes(n).toString('hex');
  const b64 = (n: number): string => bytes(n).toString('base64');
  const b64u = (n: number): string => bytes(n).toString('base64url');
  const sha = (b: Buffer): Buffer => createHash('sha256').update(b).digest();
  const check = (p: Buffer): string => base58(Buffer.concat([p, sha(sha(p)).subarray(0, 4)]));
  const u32 = (n: number): Buffer => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const str = (s: string | Buffer): Buffer => Buffer.concat([u32(Buffer.from(s).length), Buffer.from(s)]);
  const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  const bech = (n: number): string => Array.from(bytes(n), (b) => BECH[b % 32]).join('');
  const wif = (): string =>
    pick([
      () => check(Buffer.concat([Buffer.from([0x80]), bytes(32)])),
      () => check(Buffer.concat([Buffer.from([0x80]), bytes(32), Buffer.from([1])])),
      () => check(Buffer.concat([Buffer.from([0xef]), bytes(32), Buffer.from([1])])),
    ])();
  const ext = (v: string): string => check(Buffer.concat([Buffer.from(v, 'hex'), bytes(74)]));
  const PRV = ['0488ade4', '04358394', '049d7878', '04b2430c', '0295b005', '02aa7a99', '044a4e28', '045f18bc'];
  const xprv = (): string => ext(pick(PRV));
  const xpub = (): string => ext(pick(['0488b21e', '043587cf', '049d7cb2', '04b24746']));
  const btcAddr = (): string =>
    pick([
      () => `bc1q${bech(38)}`,
      () => check(Buffer.concat([Buffer.from([0]), bytes(20)])),
      () => `tb1q${bech(38)}`,
    ])();
  const ethAddr = (): string => `0x${hex(20)}`;
  const date = (): string => `20${20 + int(6)}-0${1 + int(9)}-1${int(10)}T0${int(10)}:${10 + int(50)}:${10 + int(50)}Z`;
  const wrap = (s: string, n: number): string => s.replace(new RegExp(`(.{${n}})(?=.)`, 'g'), '$1\n');
  const edPub = (pk: Buffer): Buffer => Buffer.concat([str('ssh-ed25519'), str(pk)]);
  /** An OpenSSH private key's body (openssh-key-v1, unencrypted ed25519), base64 in lines of 70, no armour. */
  const opensshBody = (): string => {
    const pk = bytes(32);
    const check4 = bytes(4);
    const priv = Buffer.concat([
      check4,
      check4,
      str('ssh-ed25519'),
      str(pk),
      str(Buffer.concat([bytes(32), pk])),
      str(`user@host${int(99)}`),
      Buffer.from([1, 2, 3, 4, 5, 6, 7]),
    ]);
    const all = Buffer.concat([
      Buffer.from('openssh-key-v1\0'),
      str('none'),
      str('none'),
      str(''),
      u32(1),
      str(edPub(pk)),
      str(priv),
    ]);
    return wrap(all.toString('base64'), 70);
  };
  const sshPub = (): string => `ssh-ed25519 ${edPub(bytes(32)).toString('base64')} dev@laptop`;
  const torKey = (): string =>
    Buffer.concat([Buffer.from('== ed25519v1-secret: type0 ==\0\0\0'), bytes(64)]).toString('base64');
  const keytab = (): string => {
    const realm = pick(['EXAMPLE.COM', 'CORP.ACME.IO', 'AD.LOCAL']);
    const entry = (etype: number, klen: number): Buffer => {
      const body = Buffer.concat([
        Buffer.from([0, 1]),
        Buffer.from([0, realm.length]),
        Buffer.from(realm),
        Buffer.from([0, 4]),
        Buffer.from('HTTP'),
        Buffer.from([0, 12]),
        Buffer.from('web.corp.lan'),
        u32(1),
        u32(1700000000 + int(9e7)),
        Buffer.from([3, 0, etype, 0, klen]),
        bytes(klen),
      ]);
      return Buffer.concat([u32(body.length), body]);
    };
    return Buffer.concat([Buffer.from([5, 2]), entry(18, 32), entry(17, 16)]).toString('base64');
  };
  const p12 = (): string => {
    const head = Buffer.from(
      '30820a5902010330820a1f06092a864886f70d010701a0820a1004820a0c30820a08308204bf06092a864886f70d010706a08204b0',
      'hex',
    );
    return Buffer.concat([head, bytes(1200 + int(800))]).toString('base64');
  };
  const minisignSecret = (): string =>
    Buffer.concat([Buffer.from('EdScB2'), bytes(32), bytes(16), bytes(104)]).toString('base64');
  const minisignPub = (): string => Buffer.concat([Buffer.from('Ed'), bytes(8), bytes(32)]).toString('base64');
  const signifySecret = (): string =>
    Buffer.concat([Buffer.from('EdBK'), u32(42), bytes(16), bytes(8), bytes(8), bytes(64)]).toString('base64');
  const age = (): string => `AGE-SECRET-KEY-1${bech(58).toUpperCase()}`;
  const totp = (n = 20): string => base32(bytes(n)).replace(/=+$/, '');
  const solana58 = (): string => base58(bytes(64));
  const solanaPub = (): string => base58(bytes(32));
  return {
    ...{ rand, int, pick, bytes, hex, b64, b64u, sha, check, wif, xprv, xpub, btcAddr, ethAddr, date, wrap },
    ...{ opensshBody, sshPub, torKey, keytab, p12, minisignSecret, minisignPub, signifySecret, age, totp },
    ...{ solana58, solanaPub, bech, str, edPub },
  };
}
export type Material = ReturnType<typeof material>;

/** The plants of one category: [category, placements]. */
export function walletPlants(seed: number): [string, Planted[]][] {
  const m = material(seed);
  const { hex, b64, b64u, wif, xprv, btcAddr, ethAddr, date, pick, int } = m;
  const eth = (): string => `0x${hex(32)}`;
  const bare = (): string => hex(32);
  const any = (): string => (int(2) === 0 ? eth() : bare());
  const dumpLine = (k: string): string =>
    `${k} ${date()} ${pick(['reserve=1', 'change=1', 'label=', 'hdseed=1', 'inactivehdseed=1'])} # addr=${btcAddr()}` +
    ` hdkeypath=m/84'/0'/0'/0/${int(40)}`;
  const dumpHead = `# Wallet dump created by Bitcoin v0.21.1\n# * Created on ${date()}\n# * Best block at time of backup was 68${int(9999)} (000000000000000000${hex(23)}),\n#   mined on ${date()}\n\n`;
  const rsaJwk = (member: string, v: string): string => {
    const mem = { n: b64u(256), e: 'AQAB', d: b64u(256), p: b64u(128), q: b64u(128), dp: b64u(128) };
    const all: Record<string, string> = { ...mem, dq: b64u(128), qi: b64u(128), [member]: v };
    return JSON.stringify({ keys: [{ kty: 'RSA', kid: `k${int(99)}`, use: 'sig', alg: 'RS256', ...all }] }, null, 2);
  };
  const wgConf = (v: string, show = false): string =>
    `[Interface]\n${show ? `ListenPort = 51820\nFwMark = 0xca6c\n` : `Address = 10.8.0.${int(250)}/24\n`}PrivateKey = ${v}\n\n[Peer]\nPublicKey = ${b64(32)}\nAllowedIPs = 0.0.0.0/0\nEndpoint = vpn.example.net:51820\n`;
  const ppk = (v: string, ver: 2 | 3): string =>
    `PuTTY-User-Key-File-${ver}: ssh-rsa\nEncryption: none\nComment: rsa-key-2024${int(9999)}\nPublic-Lines: 2\n` +
    `AAAAB3NzaC1yc2EAAAADAQABAAABAQ${b64(60)}\n${b64(48)}\nPrivate-Lines: ${v.split('\n').length}\n${v}\n` +
    `Private-MAC: ${hex(ver === 3 ? 32 : 20)}\n`;
  const longB64 = (): string => m.wrap(b64(int(2) ? 48 * 8 : 48 * 11), 64);
  const sslLine = (v: string): string =>
    pick([
      () => `CLIENT_RANDOM ${hex(32)} ${v}\n`,
      () => `CLIENT_HANDSHAKE_TRAFFIC_SECRET ${hex(32)} ${v}\nSERVER_HANDSHAKE_TRAFFIC_SECRET ${hex(32)} ${hex(48)}\n`,
      () => `# SSL/TLS secrets log file, generated by NSS\nSERVER_TRAFFIC_SECRET_0 ${hex(32)} ${v}\n`,
      () => `EXPORTER_SECRET ${hex(32)} ${v}\nCLIENT_TRAFFIC_SECRET_0 ${hex(32)} ${hex(32)}\n`,
    ])();
  const tmKey = (v: string): string =>
    JSON.stringify(
      {
        address: hex(20).toUpperCase(),
        pub_key: { type: 'tendermint/PubKeyEd25519', value: b64(32) },
        priv_key: { type: 'tendermint/PrivKeyEd25519', value: v },
      },
      null,
      2,
    );
  return [
    // Open (a todo test): a key under a bare `key` (Monero's query_key result, an accounts list) or `OWNER_KEY`.
    [
      'open',
      [
        ['.env', (v) => `OWNER_KEY=${v}\n`, any],
        ['accounts.json', (v) => `[{"address": "${ethAddr()}", "key": "${v}"}]\n`, eth],
        ['rpc.json', (v) => `{"id":"0","jsonrpc":"2.0","result":{"key":"${v}"}}\n`, bare],
      ],
    ],
    [
      'bitcoin',
      [
        ['wallet.dump', (v) => `${dumpHead}${dumpLine(wif())}\n${dumpLine(v)}\n${dumpLine(wif())}\n`, wif],
        ['wallet.txt', (v) => `${dumpHead}# extended private masterkey: ${v}\n\n${dumpLine(wif())}\n`, xprv],
        ['run.log', (v) => `$ bitcoin-cli -rpcwallet=hot dumpprivkey "${btcAddr()}"\n${v}\n$ echo done\n`, wif],
        ['notes.md', (v) => `Recovered the key with dumpprivkey:\n\n\`\`\`\n${v}\n\`\`\`\n`, wif],
        ['electrum.json', (v) => `{\n  "${btcAddr()}": "p2wpkh:${v}",\n  "${btcAddr()}": "p2wpkh:${wif()}"\n}\n`, wif],
        ['wallet.json', (v) => `{"keystore": {"type": "bip32", "xpub": "${m.xpub()}", "xprv": "${v}"}}\n`, xprv],
        ['descriptors.txt', (v) => `wpkh(${v}/84'/0'/0'/0/*)#${hex(4)}\n`, xprv],
        ['hd.py', (v) => `root = BIP32.from_xpriv("${v}")\nchild = root.get_privkey_from_path("m/0/1")\n`, xprv],
        ['agent.log', (v) => `[tool] derived account 0 -> ${v} (path m/44'/0'/0')\n`, xprv],
      ],
    ],
    [
      'ethereum',
      [
        ['cast.log', (v) => `Successfully created new keypair.\nAddress:     ${ethAddr()}\nPrivate key: ${v}\n`, eth],
        ['cast.log', (v) => `$ cast wallet private-key --mnemonic "$M" --mnemonic-index 2\n${v}\n`, eth],
        ['Deploy.s.sol', (v) => `        uint256 deployerKey = ${v};\n        vm.startBroadcast(deployerKey);\n`, eth],
        ['Deploy.s.sol', (v) => `uint256 pk = vm.envOr("PK", uint256(${v}));\n`, eth],
        ['main.go', (v) => `key, err := crypto.HexToECDSA("${v}")\n`, bare],
        ['.env.local', (v) => `DEPLOYER=${v}\nRPC_URL=https://eth.llamarpc.com\n`, any],
        ['bot.py', (v) => `account: LocalAccount = Account.from_key("${v}")\n`, eth],
        ['wallet.ts', (v) => `const w = new ethers.Wallet(\n  "${v}",\n  provider,\n);\n`, eth],
        ['metamask.txt', (v) => `Show private key\n${v}\nWarning: Never disclose this key.\n`, bare],
        ['hardhat.config.ts', (v) => `accounts: [process.env.DEPLOYER_KEY ?? "${v}"],\n`, eth],
        ['geth.log', (v) => `> web3.personal.importRawKey("${v.replace(/^0x/, '')}", "pass")\n"${ethAddr()}"\n`, eth],
      ],
    ],
    [
      'keystore',
      [
        [
          'UTC--keystore.json',
          (v) =>
            `{"address":"${hex(20)}","crypto":{"cipher":"aes-128-ctr","ciphertext":"${v}","cipherparams":{"iv":"${hex(16)}"},"kdf":"scrypt","kdfparams":{"dklen":32,"n":262144,"p":1,"r":8,"salt":"${hex(32)}"},"mac":"${hex(32)}"},"id":"1b0e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b","version":3}\n`,
          bare,
        ],
      ],
    ],
    [
      'solana',
      [
        ['.env', (v) => `SOLANA_PRIVATE_KEY=${v}\n`, m.solana58],
        ['bot.ts', (v) => `const payer = Keypair.fromSecretKey(bs58.decode("${v}"));\n`, m.solana58],
        ['bot.py', (v) => `kp = Keypair.from_base58_string("${v}")\n`, m.solana58],
        ['phantom.txt', (v) => `Your Private Key\n${v}\nDo not share your Private Key!\n`, m.solana58],
        ['wallet.json', (v) => `{"publicKey": "${m.solanaPub()}", "secretKey": "${v}"}\n`, m.solana58],
      ],
    ],
    [
      'monero-cardano-cosmos',
      [
        ['xmr.log', (v) => `[wallet 4${m.solanaPub()}]: spendkey\nsecret: ${v}\npublic: ${hex(32)}\n`, bare],
        ['xmr.log', (v) => `[wallet 4${m.solanaPub()}]: viewkey\nsecret: ${v}\npublic: ${hex(32)}\n`, bare],
        [
          'payment.skey',
          (v) =>
            `{\n    "type": "PaymentSigningKeyShelley_ed25519",\n    "description": "Payment Signing Key",\n    "cborHex": "5820${v}"\n}\n`,
          bare,
        ],
        [
          'stake.skey',
          (v) =>
            `{\n    "type": "StakeExtendedSigningKeyShelley_ed25519_bip32",\n    "description": "",\n    "cborHex": "5880${v}"\n}\n`,
          () => hex(128),
        ],
        ['gaiad.log', (v) => `$ gaiad keys export val --unarmored-hex --unsafe\nWARNING: ...\n${v}\n`, bare],
        ['evmosd.log', (v) => `$ evmosd keys unsafe-export-eth-key mykey\n${v.toUpperCase()}\n`, bare],
        ['priv_validator_key.json', tmKey, () => b64(64)],
        ['node_key.json', (v) => `{"priv_key":{"type":"tendermint/PrivKeyEd25519","value":"${v}"}}\n`, () => b64(64)],
      ],
    ],
    [
      'signing',
      [
        ['minisign.key', (v) => `untrusted comment: minisign encrypted secret key\n${v}\n`, m.minisignSecret],
        ['key.sec', (v) => `untrusted comment: signify secret key\n${v}\n`, m.signifySecret],
        ['key.txt', (v) => `# created: ${date()}\n# public key: age1${m.bech(58)}\n${v}\n`, m.age],
        ['.env', (v) => `SOPS_AGE_KEY=${v}\n`, m.age],
      ],
    ],
    [
      'wireguard',
      [
        ['wg0.conf', (v) => wgConf(v), () => b64(32)],
        ['showconf.log', (v) => `$ sudo wg showconf wg0\n${wgConf(v, true)}`, () => b64(32)],
        ['wg0.conf', (v) => `[Peer]\nPublicKey = ${b64(32)}\nPresharedKey = ${v}\n`, () => b64(32)],
        [
          'genkey.log',
          (v) => `$ wg genkey | tee privatekey | wg pubkey > publickey\n$ cat privatekey\n${v}\n`,
          () => b64(32),
        ],
        [
          'configuration.nix',
          (v) => `  networking.wg-quick.interfaces.wg0 = {\n    privateKey = "${v}";\n  };\n`,
          () => b64(32),
        ],
        ['compose.yml', (v) => `    environment:\n      - WG_PRIVATE_KEY=${v}\n`, () => b64(32)],
      ],
    ],
    [
      'jwk',
      [
        ['jwks.json', (v) => rsaJwk('d', v), () => b64u(256)],
        ['jwks.json', (v) => rsaJwk('p', v), () => b64u(128)],
        ['jwks.json', (v) => rsaJwk('qi', v), () => b64u(128)],
        [
          'ec.jwk',
          (v) => `{"kty":"EC","crv":"P-256","x":"${b64u(32)}","y":"${b64u(32)}","d":"${v}"}\n`,
          () => b64u(32),
        ],
        [
          'ed.jwk',
          (v) => `{\n  "kty": "OKP",\n  "crv": "Ed25519",\n  "x": "${b64u(32)}",\n  "d": "${v}"\n}\n`,
          () => b64u(32),
        ],
        ['hs.jwk', (v) => `{"kty":"oct","kid":"hmac-1","alg":"HS256","k":"${v}"}\n`, () => b64u(32)],
        [
          'jwk.yaml',
          (v) => `jwk:\n  kty: EC\n  crv: P-256\n  x: ${b64u(32)}\n  y: ${b64u(32)}\n  d: ${v}\n`,
          () => b64u(32),
        ],
      ],
    ],
    [
      'ssh',
      [
        ['id.ppk', (v) => ppk(v, 2), longB64],
        ['id.ppk', (v) => ppk(v, 3), longB64],
        ['id_ed25519', (v) => `${v}\n`, m.opensshBody],
        [
          'notes.md',
          (v) => `The deploy key (armour lost in the paste):\n\n${v}\n\nAdd it to the agent.\n`,
          m.opensshBody,
        ],
        ['secret.yaml', (v) => `stringData:\n  id_ed25519: |\n    ${v.replace(/\n/g, '\n    ')}\n`, m.opensshBody],
      ],
    ],
    [
      'tls-tor-krb',
      [
        ['sslkeys.log', sslLine, () => hex(48)],
        ['keylog.txt', (v) => `CLIENT_RANDOM ${hex(32)} ${v}\nCLIENT_RANDOM ${hex(32)} ${hex(48)}\n`, () => hex(48)],
        ['run.log', (v) => `$ base64 /var/lib/tor/hidden_service/hs_ed25519_secret_key\n${v}\n`, m.torKey],
        ['tor.env', (v) => `ONION_KEY=${v}\n`, m.torKey],
        ['setup.sh', (v) => `echo '${v}' | base64 -d > /etc/krb5.keytab\n`, m.keytab],
        ['krb.yaml', (v) => `apiVersion: v1\nkind: Secret\ndata:\n  krb5.keytab: ${v}\n`, m.keytab],
        ['cert.yaml', (v) => `kind: Secret\ndata:\n  keystore.p12: ${v}\n`, m.p12],
        ['sign.yml', (v) => `      - run: echo "${v}" | base64 --decode > cert.p12\n`, m.p12],
      ],
    ],
    [
      'totp',
      [
        ['otp.txt', (v) => `otpauth://totp/GitHub:alice?secret=${v}&issuer=GitHub\n`, () => m.totp()],
        [
          'qr.log',
          (v) => `QR: otpauth://totp/AWS%3Aroot?secret=${v}&algorithm=SHA1&digits=6&period=30\n`,
          () => m.totp(),
        ],
        [
          'notes.md',
          (v) => `Can't scan? Enter this key: ${v.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ')}\n`,
          () => m.totp(20).slice(0, 32),
        ],
        ['mfa.json', (v) => `{"issuer": "Okta", "account": "bob", "seed": "${v}", "digits": 6}\n`, () => m.totp()],
        ['2fa.txt', (v) => `Okta MFA setup key: ${v}\n`, () => m.totp(10)],
      ],
    ],
  ];
}
