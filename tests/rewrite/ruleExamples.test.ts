import { describe, expect, it } from 'vitest';
import { format } from '../../src/ast/print.js';
import { simplify } from '../../src/algebra/simplify.js';
import { RULE_FILES } from '../../src/generated/rules.js';
import { parseRuleFile } from '../../src/parse/parse.js';
import { loadRuleFiles } from '../../src/rewrite/load.js';
import { workingPreparation } from '../../src/rewrite/prepare.js';
import { bundledRules } from '../../src/rewrite/ruleset.js';

const mine = { algebra: RULE_FILES.algebra!, trig: RULE_FILES.trig! };

describe('rules/algebra.rules and rules/trig.rules', () => {
  it('load without a single problem, every example included (the loader runs each one)', () => {
    const { rules, problems } = loadRuleFiles(mine, { algebra: workingPreparation, trig: workingPreparation });
    expect(problems).toEqual([]);
    expect(rules.length).toBeGreaterThan(60);
    for (const r of rules) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });

  it('are part of the bundled rules', () => {
    expect(bundledRules().select('algebra.', 'trig.').rules.length).toBe(loadRuleFiles(mine, { algebra: workingPreparation, trig: workingPreparation }).rules.length);
  });

  it('the loader catches a wrong example (the check can fail)', () => {
    const wrong = RULE_FILES.trig!.replace('example sin(0) => 0', 'example sin(0) => 1');
    const { problems } = loadRuleFiles({ trig: wrong }, { trig: workingPreparation });
    expect(problems.map((p) => p.message)).toEqual(['example gives 0, not 1']);
  });

  // Every example once more, through simplify: the input and the stated output simplify to the same tree.
  const examples = Object.entries(mine).flatMap(([file, text]) =>
    parseRuleFile(text).flatMap((r) => r.examples.map((ex) => [`${r.id}: ${format(ex.input)} => ${format(ex.output)}`, ex.input, ex.output, file] as const)),
  );
  it.each(examples)('%s', (_name, input, output) => {
    expect(format(simplify(input))).toBe(format(simplify(output)));
  });
});
