/** "1 file", "2 files", "1 directory" / "3 directories" (pass the plural when it is not word + s). */
export const plural = (n: number, word: string, many = `${word}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
