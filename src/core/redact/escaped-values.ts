/**
 * A double-quoted value holding a quote or a backslash that JSON escaped (`"password": "ab\\"cd…"`): in the decoded
 * view a quote followed by a value character (never `,`, `:`, `}`, `]` or a blank, which end a JSON string) belongs
 * to the value, as does a backslash. Runs between them are taken whole (`(?=(…))\\k<…>`, an atomic group): a value
 * with no escape fails at its closing quote at once, and the plain branch after it reads it as before. Its closing
 * quote ends a JSON value (`,`, `}`, `]`, a blank or the end follows): not a quote that opens the next key.
 */
export const JSON_ESCAPED_VALUE =
  `(?=(?<jr1>[^"'\\s\\\\]{0,4096}))\\k<jr1>(?:(?:\\\\|"(?=[A-Za-z0-9!#$%&*+./;<=>?@^_~|\\\\-]))` +
  `(?=(?<jr2>[^"'\\s\\\\]{0,4096}))\\k<jr2>)+(?<=[^\\s:]{8})(?="(?:[\\s,}\\]]|$))`;
