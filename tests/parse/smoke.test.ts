import { describe, expect, it } from 'vitest';
import { format, parse, ParseError } from '../../src/index.js';

describe('parse and format', () => {
  it('reads textbook precedence', () => {
    expect(format(parse('-x^2'))).toBe('-x^2');
    expect(format(parse('2^3^2'))).toBe('2^3^2');
    expect(format(parse('(x+1)(x-1)'))).toBe('(x + 1)(x - 1)');
  });
  it('locates errors', () => {
    expect(() => parse('sin(x, y)')).toThrow(ParseError);
  });
});
