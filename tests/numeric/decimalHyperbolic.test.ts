import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';

// decimal.js's own tanh(10^10) never returned (a fuzzed `evaluate(tanh(tanh(sqrt(10^20))), 25)` hung the REPL);
// the values below are mpmath's at 40 digits.
describe('hyperbolic functions in evaluate with digits, at any size of argument', () => {
  it.each([
    ['sinh(10^10)', 20, '5.3887530397928245511e+4342944818'],
    ['cosh(-10^5)', 20, '1.4033316802130615897e+43429'],
    ['sech(10^10)', 10, '1.855716884e-4342944819'],
    ['tanh(tanh(sqrt(10^20)))', 25, '0.7615941559557648881194583'],
    ['tanh(-5/4)', 30, '-0.848283639957512897613387646708'],
    ['sinh(-999/1000)', 30, '-1.1736587003524518830611202091'],
    ['tanh(-50)', 30, '-1'],
  ])('%s to %i digits is %s', (text, digits, expected) => {
    expect(evaluate(text, {}, { digits })).toBe(expected);
  });
});
