/**
 * Round 24's twins (wallets24-corpus.ts): the public halves of key material and what sits beside keys, in the same
 * layouts, which must come out byte for byte: addresses, xpub, transaction and block hashes, Solana public keys, public
 * JWKs, WireGuard `PublicKey`, SSH public keys and fingerprints, log lines shaped like SSLKEYLOGFILE's, git SHAs and
 * SHA-256 digests, contract ABIs and bytecode, Cardano verification keys, signify and minisign public keys.
 */
import { material } from './wallets24-corpus.js';

/** [file name, text] twins, `rounds` of each layout. */
export function walletTwins(seed: number, rounds = 4, open = false): [string, string][] {
  const m = material(seed);
  const { hex, b64, b64u, btcAddr, ethAddr, xpub, date, int, pick } = m;
  const layouts: (() => [string, string])[] = [
    () => ['wallet.dump', `# addr=${btcAddr()} hdkeypath=m/84'/0'/0'/0/${int(9)}\n`],
    () => ['run.log', `$ bitcoin-cli getnewaddress\n${btcAddr()}\n`],
    () => ['wallet.json', `{"keystore": {"type": "bip32", "xpub": "${xpub()}"}}\n`],
    () => ['descriptors.txt', `wpkh(${xpub()}/84'/0'/0'/0/*)#${hex(4)}\n`],
    () => ['cast.log', `Successfully created new keypair.\nAddress:     ${ethAddr()}\n`],
    () => [
      'cast.log',
      `$ cast tx 0x${hex(32)}\nblockHash            0x${hex(32)}\nhash                 0x${hex(32)}\n`,
    ],
    () => [
      'receipt.json',
      `{"transactionHash": "0x${hex(32)}", "blockHash": "0x${hex(32)}", "from": "${ethAddr()}"}\n`,
    ],
    () => ['main.go', `hash := common.HexToHash("0x${hex(32)}")\n`],
    () => ['.env.local', `CONTRACT=${ethAddr()}\nDEPLOY_TX=0x${hex(32)}\n`],
    () => ['sha256sums.txt', `${hex(32)}  dist/massgen-${int(9)}.${int(9)}.tar.gz\n`],
    () => ['lock.json', `{"name": "pkg", "sha256": "${hex(32)}", "digest": "sha256:${hex(32)}"}\n`],
    () => ['build.log', `checksum: ${hex(32)}\nDigest: sha256:${hex(32)}\n`],
    () => ['git.log', `commit ${hex(20)}\nAuthor: Dev <dev@example.com>\nDate:   ${date()}\n`],
    () => [
      'abi.json',
      `[{"type":"function","name":"transfer","inputs":[{"name":"to","type":"address"}],"outputs":[]}]\n`,
    ],
    () => ['artifact.json', `{"bytecode": "0x6080604052${hex(80)}", "deployedBytecode": "0x6080${hex(60)}"}\n`],
    () => ['topics.json', `{"topics": ["0x${hex(32)}", "0x000000000000000000000000${hex(20)}"]}\n`],
    () => ['wallet.json', `{"publicKey": "${m.solanaPub()}", "owner": "${m.solanaPub()}"}\n`],
    () => ['sol.log', `Signature: ${m.solana58()}\nProgram Id: ${m.solanaPub()}\n`],
    () => ['xmr.log', `[wallet 4${m.solanaPub()}]: address\n0  4${m.solanaPub()}${m.solanaPub()}  Primary address\n`],
    () => [
      'payment.vkey',
      `{\n    "type": "PaymentVerificationKeyShelley_ed25519",\n    "description": "Payment Verification Key",\n    "cborHex": "5820${hex(32)}"\n}\n`,
    ],
    () => ['validator.json', `{"pub_key":{"type":"tendermint/PubKeyEd25519","value":"${b64(32)}"}}\n`],
    () => ['minisign.pub', `untrusted comment: minisign public key ${hex(8).toUpperCase()}\n${m.minisignPub()}\n`],
    () => ['key.pub', `untrusted comment: signify public key\n${m.minisignPub()}\n`],
    () => ['wg0.conf', `[Peer]\nPublicKey = ${b64(32)}\nAllowedIPs = 10.0.0.${int(250)}/32\n`],
    () => ['wg.log', `peer: ${b64(32)}\n  endpoint: 203.0.113.${int(250)}:51820\n  latest handshake: 1 minute ago\n`],
    () => [
      'jwks.json',
      JSON.stringify({ keys: [{ kty: 'RSA', kid: `k${int(99)}`, n: b64u(256), e: 'AQAB', alg: 'RS256' }] }, null, 2),
    ],
    () => ['ec.jwk', `{"kty":"EC","crv":"P-256","x":"${b64u(32)}","y":"${b64u(32)}"}\n`],
    () => ['ed.jwk', `{\n  "kty": "OKP",\n  "crv": "Ed25519",\n  "x": "${b64u(32)}"\n}\n`],
    () => ['authorized_keys', `${m.sshPub()}\n`],
    () => ['ssh.log', `ED25519 key fingerprint is SHA256:${b64(32).replace(/=+$/, '')}.\n`],
    () => ['known_hosts', `github.com ${m.sshPub().replace(/ dev@laptop$/, '')}\n`],
    () => [
      'id.ppk.pub',
      `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "rsa-key"\n${m.wrap(b64(270), 64)}\n---- END SSH2 PUBLIC KEY ----\n`,
    ],
    () => ['access.log', `CLIENT_ID ${hex(16)} ${hex(32)} 200 GET /health\n`],
    () => ['trace.log', `SESSION_ID ${hex(32)} ${hex(32)}\nREQUEST_HASH ${hex(32)} ok\n`],
    () => [
      'notes.md',
      `The SSLKEYLOGFILE variable makes the browser write \`CLIENT_RANDOM <random> <secret>\` lines.\n`,
    ],
    () => ['otp.txt', `otpauth://totp/GitHub:alice?secret=YOUR_SECRET_HERE&issuer=GitHub\n`],
    () => [
      '.env.example',
      `PRIVATE_KEY=0x...\nSOLANA_PRIVATE_KEY=your-private-key-here\nWG_PRIVATE_KEY=<PRIVATE_KEY>\n`,
    ],
    () => ['hardhat.config.ts', `accounts: process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : [],\n`],
    () => [
      'model.log',
      `model: ${pick(['gpt-4o-2024-08-06', 'claude-3-5-sonnet-20241022', 'gemini-2.5-pro'])} id=${hex(16)}\n`,
    ],
    () => ['ids.csv', `id,uuid\n${int(999)},${hex(4)}-${hex(2)}-${hex(2)}-${hex(2)}-${hex(6)}\n`],
    () => ['image.txt', `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${b64(30)}\n`],
    () => ['tf.log', `  + sha256 = "${hex(32)}"\n  + etag   = "${hex(16)}"\n`],
    () => ['docker.log', `sha256:${hex(32)}: Pull complete\nDigest: sha256:${hex(32)}\n`],
    () => ['solana.json', `[${Array.from(m.bytes(32)).join(',')}]\n`],
    () => ['merkle.json', `{"root": "0x${hex(32)}", "proof": ["0x${hex(32)}", "0x${hex(32)}"]}\n`],
    () => ['genkey.log', `$ wg genkey | tee privatekey | wg pubkey\n${b64(32)}\n`],
    () => ['genkey.log', `$ cat publickey\n${b64(32)}\n$ sha256sum privatekey\n${hex(32)}  privatekey\n`],
    () => ['tor.log', `$ base64 hs_ed25519_public_key\nPT0gZWQyNTUxOXYxLXB1YmxpYzogdHlwZTAgPT0AAAA${b64(32)}\n`],
    () => ['jwk.yaml', `jwk:\n  kty: RSA\n  e: AQAB\n  n: ${b64u(256)}\n`],
    () => ['cast.log', `$ cast keccak "transfer(address,uint256)"\n0x${hex(32)}\n`],
  ];
  const out: [string, string][] = [];
  if (open) {
    // Damaged on the base already, by the key-name and prose layers (a salt, `public key:`, a placeholder with
    // blanks, a digest under a heading naming a key): open.
    out.push(['Deploy.s.sol', `        bytes32 salt = 0x${hex(32)};\n        address owner = ${ethAddr()};\n`]);
    out.push(['recipients.txt', `# public key: age1${m.bech(58)}\nage1${m.bech(58)}\n`]);
    out.push(['README.md', `# Check the private-key archive\n${hex(32)}\n`]);
    out.push(['wg0.conf', `[Interface]\nPrivateKey = <contents of privatekey>\nAddress = 10.0.0.1/24\n`]);
    return out;
  }
  for (let r = 0; r < rounds; r++) for (const l of layouts) out.push(l());
  return out;
}
