import { describe, expect, it } from 'vitest';
import { format } from '../../src/ast/print.js';
import { NORMALIZING_NATIVES, ORDERING_NATIVES, CANDIDATES } from '../../src/algebra/simplifyRules.js';
import { toTextbookForm } from '../../src/rewrite/native/textbook.js';
import { toWorkingForm } from '../../src/rewrite/native/working.js';

// Every native rule, with every one of its examples: applying the rule to the input gives the output (compared as
// printed text, since a rational such as 1/3 can only be written as a quotient).
const natives = [...NORMALIZING_NATIVES, ...ORDERING_NATIVES, ...CANDIDATES, toWorkingForm, toTextbookForm];

describe('native rules run their examples', () => {
  const cases = natives.flatMap((r) => r.examples.map((ex, i) => [`${r.id} #${i + 1}`, r, ex] as const));
  it('every native rule has an id in the simplify namespace, a title and at least one example', () => {
    for (const r of natives) {
      expect(r.id).toMatch(/^simplify\.[a-z-]+$/);
      expect(r.title.length).toBeGreaterThan(3);
      expect(r.examples.length).toBeGreaterThan(0);
    }
    expect(new Set(natives.map((r) => r.id)).size).toBe(natives.length);
  });
  it.each(cases)('%s', (_name, rule, ex) => {
    const got = rule.apply(ex.input);
    expect(got, `${rule.id} should apply to ${format(ex.input)}`).toBeDefined();
    expect(format(got!.after)).toBe(format(ex.output));
  });
});
