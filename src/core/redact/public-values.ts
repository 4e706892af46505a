/**
 * Values public by their shape or by the name they stand under (attack 60): beside a secret, in a `[secrets]` section
 * or a mapping that also holds keys, such a value read as one more random value, was replaced, learned and replaced
 * in every file (an SSH public key's body in 31 places, a bundle's UUIDs). The readers that judge a value only by its
 * neighbours (companions.ts, sections.ts) and the learning of what they find (learn-hits.ts) leave these.
 */

/**
 * Shapes that are public by design: an OpenSSH public key's body (its base64 spells the algorithm's name), a
 * Subresource Integrity digest, Stripe's object ids and publishable keys, PostHog's project key, a Bitcoin or
 * Ethereum address, an IPFS CID.
 */
const PUBLIC_SHAPE = new RegExp(
  [
    // `ssh-ed25519`, `ssh-rsa`, `ssh-dss`, `ecdsa-sha2-nistp…`, `sk-ssh-ed25519@openssh.com` base64'd.
    String.raw`AAAA(?:C3NzaC1lZDI1NTE5|B3NzaC1yc2E|B3NzaC1kc3|E2VjZHNhLXNoYTItbmlzdHA|GnNrLXNzaC1lZDI1NTE5)[A-Za-z0-9+/]*={0,2}`,
    String.raw`sha(?:256|384|512)-[A-Za-z0-9+/]{43,86}={0,2}`,
    String.raw`(?:pk_(?:live|test)_|phc_|(?:pi|cus|prod|price|ch|sub|pm|seti|txn|evt|acct|card|plink|sku|ipi|pyr|cbtxn|ibt)_)[A-Za-z0-9]{14,}`,
    // Bitcoin (legacy, script, bech32) and Ethereum addresses; IPFS CIDs (v0 and v1's base32).
    // (Not a legacy address, `1…`/`3…` in base58: a random key of that length reads as one often enough.)
    String.raw`bc1[02-9ac-hj-np-z]{25,87}|0x[0-9a-fA-F]{40}`,
    String.raw`Qm[1-9A-HJ-NP-Za-km-z]{44}|baf[a-z2-7]{50,}`,
  ].join('|'),
);
const PUBLIC_WHOLE = new RegExp(`^(?:${PUBLIC_SHAPE.source})$`);

/** What stands right before a public value that says so: an SSH key's type, go.sum's `h1:`. */
const PUBLIC_BEFORE = /(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com)[ \t]+$|\bh1:$/;

/** True when `value` is public by its shape, or by what stands right before it in `text` (at `at`). */
export function publicValue(value: string, text?: string, at?: number): boolean {
  if (PUBLIC_WHOLE.test(value)) return true;
  return text !== undefined && at !== undefined && PUBLIC_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * Words of a name that say what a value is rather than whose secret: a digest, an address, a slug, a file's or an
 * image's data, a cipher's public parameters (an IV, a nonce), an example.
 */
const PUBLIC_WORDS = new Set(
  (
    'hash digest checksum md5 sha1 sha256 sha512 integrity fingerprint gosum sum address addr cid slug font image img ' +
    'icon logo thumbnail avatar favicon iv nonce example sample vector public publishable'
  ).split(' '),
);

/** True when a word of `words` (a name's, lower case) says its value is public (PUBLIC_WORDS). */
export const publicName = (words: readonly string[]): boolean => words.some((w) => PUBLIC_WORDS.has(w));
