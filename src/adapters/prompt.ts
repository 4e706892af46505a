import type prompts from 'prompts';
import { CancelledError } from '../errors.js';
import { terminalSafe } from '../ui/terminal-safe.js';

export interface Choice<T extends string> {
  title: string;
  value: T;
  description?: string;
  selected?: boolean;
}

/**
 * Every question massgen-share asks, through the prompts library, written to stderr so that
 * stdout stays data. Ctrl-C or Esc at a prompt is a CancelledError. (Tests answer through the
 * library's own injection, from test/helpers/prompt-answers.ts.)
 */
export interface Prompter {
  confirm(message: string, initial: boolean): Promise<boolean>;
  select<T extends string>(message: string, choices: Choice<T>[], initial?: number): Promise<T>;
  multiselect<T extends string>(message: string, choices: Choice<T>[]): Promise<T[]>;
}

export function createPrompter(
  output: NodeJS.WritableStream = process.stderr,
  input: NodeJS.ReadableStream = process.stdin,
): Prompter {
  const ask = async <V>(question: prompts.PromptObject<'answer'>): Promise<V> => {
    let cancelled = false;
    const { default: prompts } = await import('prompts');
    const result = await prompts(
      { ...question, name: 'answer', stdout: output as NodeJS.WriteStream, stdin: input as NodeJS.ReadStream },
      {
        onCancel: () => {
          cancelled = true;
          return false;
        },
      },
    );
    if (cancelled || !('answer' in result) || result.answer === undefined)
      throw new CancelledError('Cancelled; nothing was uploaded.');
    return result.answer as V;
  };
  // Questions name agents and files: their control characters are shown, never obeyed.
  const safe = <C extends { title: string }>(choices: C[]): C[] =>
    choices.map((c) => ({ ...c, title: terminalSafe(c.title) }));
  return {
    confirm: (message, initial) =>
      ask<boolean>({ type: 'confirm', name: 'answer', message: terminalSafe(message), initial }),
    select: (message, choices, initial = 0) =>
      ask({ type: 'select', name: 'answer', message: terminalSafe(message), choices: safe(choices), initial }),
    multiselect: (message, choices) =>
      ask({
        type: 'multiselect',
        name: 'answer',
        message: terminalSafe(message),
        choices: safe(choices),
        instructions: false,
        hint: 'space to toggle, enter to accept',
      }),
  };
}
