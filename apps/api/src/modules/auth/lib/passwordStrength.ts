// Whether a password resists guessing: long enough, and not findable by a cracker's dictionaries
// and patterns (common passwords, Indonesian and English words, names, dates, keyboard runs,
// the username itself), as zxcvbn estimates it. Used where an administrator account is made
// outside the web app (first-run setup), and says why a password is refused.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as indonesian from '@zxcvbn-ts/language-id';

export const STRONG_PASSWORD_MIN_LENGTH = 12;
/** zxcvbn's scale: 3 resists an offline attack on a slow hash for years; argon2 is a slow hash. */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...indonesian.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

export type PasswordProblem =
  | { rule: 'tooShort'; min: number }
  | { rule: 'tooLong'; max: number }
  | { rule: 'containsUsername' }
  | { rule: 'guessable'; score: number; warning: string | null; suggestions: string[] };

export function passwordProblem(
  password: string,
  context: { username: string; extra?: string[] },
): PasswordProblem | null {
  if (password.length < STRONG_PASSWORD_MIN_LENGTH)
    return { rule: 'tooShort', min: STRONG_PASSWORD_MIN_LENGTH };
  if (password.length > 1024) return { rule: 'tooLong', max: 1024 };
  const username = context.username.toLowerCase();
  if (username.length >= 3 && password.toLowerCase().includes(username)) return { rule: 'containsUsername' };
  // Names count as words and as one run ("Nusa Tenggara Barat" is also "nusatenggarabarat").
  const names = [context.username, ...(context.extra ?? [])].flatMap((name) => {
    const words = name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    return [...words, words.join('')];
  });
  const result = zxcvbn().check(password, names);
  if (result.score >= MIN_SCORE) return null;
  return {
    rule: 'guessable',
    score: result.score,
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  };
}

/** The problem as one sentence for an operator at a terminal. */
export function describePasswordProblem(problem: PasswordProblem): string {
  switch (problem.rule) {
    case 'tooShort':
      return `the password is too short: use at least ${problem.min} characters (a few unrelated words work well)`;
    case 'tooLong':
      return `the password is longer than ${problem.max} characters`;
    case 'containsUsername':
      return 'the password contains the username';
    case 'guessable':
      return [
        `the password is too easy to guess (strength ${problem.score} of 4, at least ${MIN_SCORE} needed)`,
        problem.warning,
        ...problem.suggestions,
      ]
        .filter(Boolean)
        .join('. ')
        .replace(/\.\./g, '.');
  }
}
