import prompts from 'prompts';

/**
 * Answers for the next questions, through the prompts library's own injection: the CLI run in
 * this process (runInProcess) asks them through the real adapter (src/adapters/prompt.ts), which
 * knows nothing of tests. A multiselect's answer is an array; `false` to a confirm is "no" (exit 0);
 * an Error is what the library makes of Esc or Ctrl-C (a cancel, exit 130).
 */
export function answerNext(answers: unknown[]): Promise<void> {
  prompts.inject(answers);
  return Promise.resolve();
}

/** How many injected answers are still waiting (a test checks that every question it expected was asked). */
export function pendingAnswers(): Promise<number> {
  return Promise.resolve(((prompts as unknown as { _injected?: unknown[] })._injected ?? []).length);
}
