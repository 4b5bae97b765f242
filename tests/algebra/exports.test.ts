import { describe, expect, it } from 'vitest';
import * as fluxion from '../../src/index.js';

describe('public API', () => {
  it('exports expand, factor, cancel and apart', () => {
    expect(fluxion.format(fluxion.expand('(x + 1)^2'))).toBe('x^2 + 2x + 1');
    expect(fluxion.format(fluxion.factor('x^2 - 1'))).toBe('(x - 1)(x + 1)');
    expect(fluxion.format(fluxion.cancel('(x^2 - 1)/(x - 1)'))).toBe('x + 1');
    expect(fluxion.format(fluxion.apart('1/(x^2 - 1)', 'x'))).toBe('1/(2(x - 1)) - 1/(2(x + 1))');
  });
});
