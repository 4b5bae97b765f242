import { explainSimplify } from '../algebra/simplify.js';
import { explainDiff } from '../calculus/differentiate.js';
import { explainGradient, explainHessian } from '../calculus/gradient.js';

/**
 * The teaching entry points: each returns a Derivation (or one per entry) whose steps carry the course's names.
 * Example: render(explain.diff('x^2 sin(x)', 'x'), 'text').
 */
export const explain = {
  simplify: explainSimplify,
  diff: explainDiff,
  gradient: explainGradient,
  hessian: explainHessian,
} as const;
