import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/ast/print.js';
import { explainSimplify } from '../../src/algebra/simplify.js';
import { simplifyRegistry } from '../../src/algebra/simplifyRules.js';
import { replay } from '../../src/trace/replay.js';

/**
 * Golden derivations: tests/golden/simplify/<name>.txt holds the input, then one `rule-id: expression` line per
 * step (the whole expression after the step). Rerun with UPDATE_GOLDEN=1 to rewrite the files after an intended
 * change, and read the diff.
 */
export const GOLDEN: Readonly<Record<string, string>> = {
  'derivative-quotient': '(2x^4+8)/x^3',
  'derivative-root': '6/(2*sqrt(6x))',
  'derivative-power': '2*3*1*x^(3-1)',
  'derivative-chain-leftovers': '3*x^(3-1)*1',
  'derivative-identity-leftovers': 'cos(x)*1 + 0',
  'derivative-quotient-rule': '(1*(x+1) - x*1)/(x+1)^2',
  'like-terms': '2x + 3y - x + y',
  'powers': 'x^2*x^3*x^(-5)',
  'difference': 'x - (x - 1)',
  'distribute': '3*(x + 2) - 3x',
  'fractions': 'x/2 + x/3',
  'numbers': '1/2 + 1/3 - 2^-1',
  'surd': 'sqrt(12x^2)',
  'cancel': '(x^2 - 1)/(x - 1)',
  'factor': 'x^2 + 2x + 1',
  'expand': '(x+1)^2 - x^2',
  'pythagorean': 'sin(x)^2 + cos(x)^2 + x',
  'parity': 'sin(-x) + cos(-x)',
  'double-angle': '2sin(x)cos(x)',
  'logarithm': 'log(exp(2x)) - ln(e)',
  'exp-log-assumed': 'exp(log(x))',
};

const dir = join(import.meta.dirname, '..', 'golden', 'simplify');

function golden(input: string): string {
  const d = explainSimplify(input, input === 'exp(log(x))' ? { assumeGeneric: true } : {});
  const lines = [`input: ${format(d.input)}`];
  for (const s of d.steps) lines.push(`${s.rule}: ${format(s.after)}${s.assumed?.length ? `  [assuming ${s.assumed.map((c) => `${c.predicate}(${c.args.map(format).join(', ')})`).join(', ')}]` : ''}`);
  return `${lines.join('\n')}\n`;
}

describe('golden derivations', () => {
  it.each(Object.entries(GOLDEN))('%s', (name, input) => {
    const file = join(dir, `${name}.txt`);
    const text = golden(input);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
    expect(replay(explainSimplify(input, input === 'exp(log(x))' ? { assumeGeneric: true } : {}), simplifyRegistry())).toEqual([]);
  });
});
