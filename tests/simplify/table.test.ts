import { describe, expect, it } from 'vitest';
import { format } from '../../src/ast/print.js';
import { simplify } from '../../src/algebra/simplify.js';
import { SIMPLIFY_TABLE } from './table.js';

describe('simplify: textbook forms', () => {
  it.each(SIMPLIFY_TABLE)('%s → %s', (input, expected) => {
    expect(format(simplify(input))).toBe(expected);
  });
});
