/**
 * Words of the BIP-39 English list (a sample of it, for planting mnemonics in tests; the redactor's whole list is
 * src/core/redact/bip39-english.ts) and a seeded mnemonic of 12 or 24 of them.
 */
export const BIP39_SAMPLE = (
  'abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid ' +
  'acoustic acquire across action actor actress actual adapt addict address adjust admit adult advance advice ' +
  'aerobic affair afford afraid again agent agree ahead airport aisle alarm album alcohol alert alien alley allow ' +
  'almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient anger ' +
  'angle angry animal ankle announce annual another answer antenna antique anxiety apart apology appear apple ' +
  'approve april arch arctic area arena argue armed armor army around arrange arrest arrive arrow artefact artist ' +
  'bacon badge balance balcony bamboo banana banner barely bargain barrel basket battle beach bean beauty because ' +
  'become beef before begin behave behind believe below bench benefit betray better between beyond bicycle bird ' +
  'cabbage cabin cable cactus cage cake call calm camera camp canal cancel candy cannon canoe canvas canyon ' +
  'legal winner thank year wave sausage worth useful yellow zebra zero zone zoo wrist write wrong youth young ' +
  'whale wheat wheel whip whisper wide width wife wild window wine wing wink winter wire wisdom wise wish witness ' +
  'wolf woman wonder wood wool word work world worry wrap wreck wrestle theme theory thing thought three thrive ' +
  'throw thumb thunder ticket tide tiger tilt timber time tiny tired tissue title toast tobacco today toddler ' +
  'together toilet token tomato tomorrow tone tongue tonight tool tooth topic topple torch tornado tortoise toss'
).split(' ');

/** A mnemonic of `n` words drawn from the sample with `rand`. */
export function mnemonic(rand: () => number, n: 12 | 24): string {
  return Array.from({ length: n }, () => BIP39_SAMPLE[Math.floor(rand() * BIP39_SAMPLE.length)]).join(' ');
}
