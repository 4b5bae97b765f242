import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainDiff } from '../../src/calculus/differentiate.js';
import { explainSimplify } from '../../src/algebra/simplify.js';
import { render } from '../../src/explain/render.js';
import type { Derivation } from '../../src/trace/derivation.js';

/**
 * Golden lessons: what a student reads for the course's worked examples (`fluxion '...' --steps`), one file per
 * problem in tests/golden/lesson/. Rerun with UPDATE_GOLDEN=1 after an intended change and read the diff: these
 * files are the teaching text, so a change in them is a change in what students see.
 */
const LESSONS: Readonly<Record<string, () => Derivation>> = {
  'constant': () => explainDiff('7', 'x'),
  'power': () => explainDiff('x^4', 'x'),
  'polynomial': () => explainDiff('2x^3 + 3x^2 - 5x + 1', 'x'),
  'product': () => explainDiff('x^2 sin(x)', 'x'),
  'quotient-chain': () => explainDiff('sin(x^2)/x', 'x'),
  'power-chain': () => explainDiff('(3x^2 + 1)^5', 'x'),
  'general-power': () => explainDiff('x^x', 'x'),
  'sigmoid': () => explainDiff('sigmoid(w x + b)', 'w'),
  'quadratic-cost-slope': () => explainDiff('(y - (m x + b))^2', 'm'),
  'quadratic-cost-intercept': () => explainDiff('(y - (m x + b))^2', 'b'),
  'second-derivative': () => explainDiff('x^3 - 2x', 'x', 2),
  'simplify-cancel': () => explainSimplify('(x^2 - 1)/(x - 1)'),
};

const dir = join(import.meta.dirname, '..', 'golden', 'lesson');

describe('golden lessons', () => {
  it.each(Object.keys(LESSONS))('%s', (name) => {
    const file = join(dir, `${name}.txt`);
    const text = `${render(LESSONS[name]!(), 'text')}\n`;
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
