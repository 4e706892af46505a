/**
 * A debugger's pointer before the string it points to: gdb and lldb print a `char *` member as its address and then
 * the string (`api_key = 0x5555555592a0 "sk-…"`). The string is the value (key-name-pass.ts judges it under the
 * member's name); the address is no value of any pass (hits.ts drops a hit on it).
 */

/** A pointer as gdb and lldb print one (at most 64 bits). */
export const POINTER = /^0x[0-9a-fA-F]{1,16}$/;
/** The C string gdb prints after a pointer, its escapes kept, up to 4096 characters. */
const POINTED = /[ \t]+"((?:[^"\\\r\n]|\\.){1,4096})"/y;

/**
 * When `value` (ending at `end` in `input`) is a pointer and a quoted string follows it: the string and where it starts
 * in `input`; undefined when `value` is no pointer or no string follows it (a null pointer, a struct's address).
 */
export function pointedString(input: string, value: string, end: number): [string, number] | undefined {
  if (!POINTER.test(value)) return undefined;
  POINTED.lastIndex = end;
  const m = POINTED.exec(input);
  return m === null ? undefined : [m[1]!, end + m[0].length - 1 - m[1]!.length];
}

/** Whether text[start, end) is a pointer with a quoted string after it (`0x5555… "…"`). */
export function pointerBeforeString(text: string, start: number, end: number): boolean {
  return end - start <= 18 && POINTER.test(text.slice(start, end)) && /^[ \t]+"/.test(text.slice(end, end + 4));
}
