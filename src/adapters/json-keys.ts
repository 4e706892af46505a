/**
 * How many keys a JSON text holds, counted without parsing it (each key ends in `":`; a quote inside a string is
 * escaped, so `\":` is none), stopping once past `max`. Parsing a hostile gist answer of two million `"x":{}` files
 * (27 MB of JSON, 4.7 MB on the wire) took 631 MB and 5 s before it could be refused (attack 55); eight million would
 * run out of memory.
 */
export function keysOver(json: string, max: number): boolean {
  let count = 0;
  for (let at = json.indexOf('":'); at !== -1; at = json.indexOf('":', at + 2))
    if (json[at - 1] !== '\\' && ++count > max) return true;
  return false;
}

/**
 * The most keys a gist read's answer may hold (Gh.json): 300 files of 7 keys, an owner of 20, and a history of some
 * 25 keys a revision: 100,000 leaves room for about 3,900 revisions.
 */
export const MAX_KEYS = 100_000;
