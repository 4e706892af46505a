import type prompts from 'prompts';
import { CancelledError } from '../errors.js';
import { colourOn } from '../ui/style.js';
import { terminalSafe } from '../ui/terminal-safe.js';

interface Choice<T extends string> {
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

/** The state of the library's multiselect that its render hook reads (prompts' own fields). */
interface MultiselectState {
  value: { selected?: boolean }[];
  cursor: number;
  hint: string;
  done: boolean;
  renderDoneOrInstructions?: () => string;
}

/**
 * The multiselect's hint, kept current as the cursor moves: how many are checked and, when the
 * list is longer than the screen, which part is shown (`showing 4-15 of 30, ↑↓ to scroll`), so no
 * choice is hidden below the fold unannounced. Once answered, it echoes a count, not every title.
 */
function multiselectHint(state: MultiselectState, perPage: number): void {
  const total = state.value.length;
  const checked = state.value.filter((v) => v.selected).length;
  if (state.done) {
    state.renderDoneOrInstructions = () => `${checked} of ${total} checked`;
    return;
  }
  // The window the library shows (its entriesToDisplay), computed the same way.
  const start = Math.max(0, Math.min(total - perPage, state.cursor - Math.floor(perPage / 2)));
  const end = Math.min(start + perPage, total);
  const shown = total > perPage ? `; showing ${start + 1}-${end} of ${total}, ↑↓ to scroll` : '';
  state.hint = `(${checked} of ${total} checked${shown}; space to toggle, a for all, enter to accept)`;
}

type Output = NodeJS.WritableStream & { isTTY?: boolean; rows?: number; columns?: number };

/** Colour and style sequences (SGR); cursor movement and erasing are kept. */
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * The prompts' output without colour. The library's theme is kleur's, which knows nothing of
 * NO_COLOR and colours its symbols (`?`, `✔`) once, when it is loaded: so colour is taken out
 * where the prompts write (the library reads only `write` and the size of its output).
 */
function withoutColour(out: Output): Output {
  return {
    write: (chunk: string | Uint8Array) => out.write(String(chunk).replace(SGR, '')),
    get isTTY() {
      return out.isTTY;
    },
    get rows() {
      return out.rows;
    },
    get columns() {
      return out.columns;
    },
  } as Output;
}

export function createPrompter(
  output: Output = process.stderr,
  input: NodeJS.ReadableStream = process.stdin,
  env: NodeJS.ProcessEnv = process.env,
): Prompter {
  // Colour by the rule the rest of the output follows: a terminal, no NO_COLOR (or FORCE_COLOR).
  const out = colourOn(output, env) ? output : withoutColour(output);
  const ask = async <V>(question: prompts.PromptObject<'answer'>): Promise<V> => {
    let cancelled = false;
    const { default: prompts } = await import('prompts');
    const result = await prompts(
      { ...question, name: 'answer', stdout: out as NodeJS.WriteStream, stdin: input as NodeJS.ReadStream },
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
    multiselect: (message, choices) => {
      // As many choices as the screen holds (the message and hint take the other lines).
      const perPage = Math.max(3, Math.min(choices.length, (output.rows || 24) - 4));
      return ask({
        type: 'multiselect',
        name: 'answer',
        message: terminalSafe(message),
        choices: safe(choices),
        instructions: false,
        optionsPerPage: perPage,
        onRender(this: unknown) {
          multiselectHint(this as MultiselectState, perPage);
        },
      } as prompts.PromptObject<'answer'>);
    },
  };
}
