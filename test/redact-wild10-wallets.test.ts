import assert from 'node:assert/strict';
import { B58, base58 } from './helpers/encodings12-corpus.js';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken } from './helpers/placements.js';

/**
 * Issue 11, attack9 §1: wallet private keys where a key is expected (Ethereum keys in Hardhat, Foundry, Truffle and
 * web3 code, Bitcoin WIF, BIP32 xprv, Nostr nsec, Solana keypair arrays), and look-alikes that must survive
 * (addresses, transaction and block hashes, xpub, npub, random base58 whose checksum fails, 32-byte arrays).
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 1010));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
const hex = (n: number): string => bytes(n).toString('hex');
const sha = (b: Buffer): Buffer => createHash('sha256').update(b).digest();
const check = (p: Buffer): string => base58(Buffer.concat([p, sha(sha(p)).subarray(0, 4)]));
const ethKey = (): string => `0x${hex(32)}`;
const wif = (): string =>
  pick([
    () => check(Buffer.concat([Buffer.from([0x80]), bytes(32)])),
    () => check(Buffer.concat([Buffer.from([0x80]), bytes(32), Buffer.from([1])])),
    () => check(Buffer.concat([Buffer.from([0xef]), bytes(32), Buffer.from([1])])),
  ])();
const extended = (version: string): string => check(Buffer.concat([Buffer.from(version, 'hex'), bytes(74)]));
const xprv = (): string => extended(pick(['0488ade4', '04358394']));
const xpub = (): string => extended('0488b21e');
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const bech = (n: number): string => Array.from(bytes(n), (b) => BECH[b % 32]).join('');
const nsec = (): string => `nsec1${bech(58)}`;
/** A Solana keypair's 64 numbers (placed between brackets), with or without blanks. */
const solana = (): string => Array.from(bytes(64)).join(',');
const spaced = (): string => Array.from(bytes(64)).join(', ');

describe('issue 11, category 1: wallet private keys', () => {
  it('redacts Ethereum keys where a key is expected', () => {
    const missed = leakedPlacements([
      [
        'hardhat.config.js',
        (v) => `module.exports = { networks: { sepolia: { url: RPC, accounts: ["${v}"] } } };\n`,
        ethKey,
      ],
      [
        'hardhat.config.ts',
        (v) =>
          `  networks: {\n    base: {\n      url: "https://mainnet.base.org",\n      accounts: [\n        "${v}",\n      ],\n    },\n`,
        ethKey,
      ],
      ['bot.js', (v) => `const wallet = new ethers.Wallet("${v}", provider);\n`, ethKey],
      ['bot.ts', (v) => `const signer = new Wallet('${v.slice(2)}', provider)\n`, ethKey],
      ['deploy.py', (v) => `acct = w3.eth.account.from_key("${v}")\n`, ethKey],
      ['deploy.py', (v) => `signed = w3.eth.account.sign_transaction(tx, private_key="${v}")\n`, ethKey],
      ['run.log', (v) => `$ forge script script/Deploy.s.sol --rpc-url $RPC --private-key ${v} --broadcast\n`, ethKey],
      [
        'run.log',
        (v) => `cast send 0x${hex(20)} "transfer(address,uint256)" 0x${hex(20)} 1 --private-key ${v}\n`,
        ethKey,
      ],
      ['viem.ts', (v) => `const account = privateKeyToAccount('${v}')\n`, ethKey],
      [
        'truffle-config.js',
        (v) => `provider: () => new HDWalletProvider({ privateKeys: ["${v}"], providerOrUrl: url }),\n`,
        ethKey,
      ],
      ['wallet.json', (v) => `{\n  "address": "0x${hex(20)}",\n  "privateKey": "${v}"\n}\n`, ethKey],
      ['anvil.log', (v) => `Private Keys\n==================\n\n(0) ${v}\n(1) ${ethKey()}\n`, ethKey],
      ['anvil.log', (v) => `Private Keys\n==================\n\n(0) ${ethKey()}\n(1) ${v}\n`, ethKey],
      ['config.yaml', (v) => `signer:\n  wallet_key: "${v}"\n`, ethKey],
      ['foundry.toml', (v) => `[profile.default]\neth_key = "${v}"\n`, ethKey],
      ['notes.md', (v) => `Deployer private key: \`${v}\`\n`, ethKey],
      ['run.log', (v) => `{"output": "Created wallet. Private key: ${v}"}\n`, ethKey],
      ['bot.rs', (v) => `let wallet: LocalWallet = "${v}".parse::<LocalWallet>()?;\n`, ethKey],
      ['script.sh', (v) => `export PK=${v}\n`, ethKey],
      ['web3.js', (v) => `web3.eth.accounts.wallet.add("${v}");\n`, ethKey],
    ]);
    assert.deepEqual(missed, []);
  });

  it('redacts WIF, xprv, nsec and Solana keypairs', () => {
    const missed = leakedPlacements([
      ['bot.py', (v) => `key = Key("${v}")\n`, wif],
      ['bot.py', (v) => `wif = "${v}"\n`, wif],
      ['answer.txt', (v) => `Import this into Electrum: ${v}\n`, wif],
      ['run.log', (v) => `$ bitcoin-cli dumpprivkey bc1q${bech(38)}\n${v}\n`, wif],
      ['notes.md', (v) => `| wallet | ${v} |\n`, wif],
      ['notes.md', (v) => `Master key: ${v}\n`, xprv],
      ['wallet.json', (v) => `{"xprv": "${v}", "path": "m/84'/0'/0'"}\n`, xprv],
      ['run.log', (v) => `HDKey.fromExtendedKey('${v}')\n`, xprv],
      // A key whose checksum was broken (a hand-edited or made-up one): the prefix and length say xprv, a key word WIF.
      ['wallet_notes.md', (v) => `Master: ${v.slice(0, -3)}${v.endsWith('abc') ? 'xyz' : 'abc'}\n`, xprv],
      ['sweep.py', (v) => `k = Key("${v.slice(0, -3)}${v.endsWith('abc') ? 'xyz' : 'abc'}")\n`, wif],
      ['answer.txt', (v) => `The relay bot identity is ${v} (keep it safe).\n`, nsec],
      ['.env.nostr', (v) => `NOSTR_KEY=${v}\n`, nsec],
      ['bot.ts', (v) => `const sk = nip19.decode("${v}").data;\n`, nsec],
      ['deployer.json', (v) => `[${v}]\n`, solana],
      ['id.json', (v) => `[${v}]`, solana],
      ['bot.ts', (v) => `const kp = Keypair.fromSecretKey(Uint8Array.from([${v}]));\n`, solana],
      ['bot.ts', (v) => `const payer = Keypair.fromSecretKey(\n  new Uint8Array([${v}])\n);\n`, spaced],
      ['wallet.json', (v) => `{"publicKey": "${tok(CHARSETS.alnum, 44)}", "secretKey": [${v}]}\n`, solana],
      ['bot.py', (v) => `kp = Keypair.from_bytes(bytes([${v}]))  # keypair\n`, solana],
      ['bot.py', (v) => `secret_key = [\n  ${v}\n]\n`, spaced],
    ]);
    assert.deepEqual(missed, []);
  });

  it('keeps addresses, hashes, public keys and random base58', () => {
    const h = (): string => `0x${hex(32)}`;
    const b58run = (n: number): string => Array.from(bytes(n), (b) => B58[b % 58]).join('');
    const cases: [string, string][] = [
      ['receipt.json', `{"transactionHash": "${h()}", "blockHash": "${h()}", "from": "0x${hex(20)}"}\n`],
      ['run.log', `Transaction sent: ${h()}\nhttps://etherscan.io/tx/${h()}\n`],
      ['run.log', `tx hash: ${h()}\nblock: 19283744 (${h()})\n`],
      ['hardhat.config.js', `accounts: [process.env.PRIVATE_KEY]\n`],
      ['deploy.py', `acct = w3.eth.account.from_key(os.environ["PRIVATE_KEY"])\n`],
      ['package-lock.json', `"integrity": "sha512-${tok(CHARSETS.b64, 86)}=="\n`],
      ['run.log', `commit ${hex(20)}\nsha256: ${hex(32)}\n`],
      ['storage.json', `{"slot": "${h()}", "value": "${h()}"}\n`],
      ['logs.json', `{"topics": ["${h()}", "${h()}"], "data": "${h()}"}\n`],
      ['deploy.ts', `const initCodeHash = "${h()}";\nconst codeHash = keccak256(bytecode);\n`],
      ['merkle.json', `{"root": "${h()}", "proof": ["${h()}", "${h()}"]}\n`],
      ['wallet.json', `{"address": "0x${hex(20)}", "xpub": "${xpub()}"}\n`],
      ['notes.md', `Watch-only: ${xpub()}\n`],
      ['profile.json', `{"npub": "npub1${bech(58)}"}\n`],
      ['notes.md', `Send to bc1q${bech(38)} please.\n`],
      ['run.log', `random: ${b58run(51).replace(/^./, '5')} ${b58run(52).replace(/^./, 'K')}\n`],
      ['hash.json', `{"digest": ${JSON.stringify(Array.from(bytes(32)))}}\n`],
      ['data.json', `{"pixels": ${JSON.stringify(Array.from(bytes(64)))}}\n`],
      ['Cargo.lock', `checksum = "${hex(32)}"\n`],
      ['answer.md', `The Keypair class wraps a 64-byte secret key; never commit it.\n`],
      ['deploy.js', `const wallet = new ethers.Wallet(process.env.PK, provider);\n`],
    ];
    assert.deepEqual(damaged(cases), []);
  });
});
