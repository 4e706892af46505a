/**
 * What the seeded round corpora share (round37-*.ts, round38-*.ts, attack38/39-benign.ts): the agent workspace plants
 * go in, a form (name, file, value maker, text around the value), the plants of a list of forms, a seeded pick, a UUID.
 */
import type { Plant } from './filtered.js';
import type { Gen } from './glue15-tokens.js';

export const WS = 'turn_1/attempt_1/agent_b/20260131_101537_654321/workspace';
export type Form = [string, string, () => string, (v: string) => string];
export const planted = (forms: readonly Form[]): Plant[] =>
  forms.map(([name, rel, make, form]) => {
    const v = make();
    return { name, rel, text: form(v), value: v };
  });
export const pick = <T>(r: Gen, list: readonly T[]): T => list[Number.parseInt(r('dig', 4), 10) % list.length]!;
export const uuid = (r: Gen): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
