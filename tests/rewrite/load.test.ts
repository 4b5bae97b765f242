import { describe, expect, it } from 'vitest';
import { loadRuleFiles } from '../../src/rewrite/load.js';
import { matchAll } from '../../src/rewrite/match.js';
import { parseRuleFile } from '../../src/parse/parse.js';
import { format, parse } from '../../src/index.js';

const pattern = (text: string) => parseRuleFile(`rule t.p "P": ${text} => 0`)[0]!.lhs;

describe('matching', () => {
  it('binds holes, and repeated holes only to equal subtrees', () => {
    const p = pattern('?a * ?a');
    expect([...matchAll(p, parse('x * x'))]).toHaveLength(2);
    expect([...matchAll(p, parse('x * y'))]).toHaveLength(0);
  });
  it('matches + and * in any order and gives segments the rest', () => {
    const p = pattern('?u + 0 + ?rest...');
    const [b] = [...matchAll(p, parse('a + 0 + b + c'))];
    expect(format(b!.get('?u') as never)).toBe('a');
    expect((b!.get('?rest...') as unknown[]).map((e) => format(e as never))).toEqual(['b', 'c']);
  });
});

describe('loading rule files', () => {
  it('reports every problem with its line and column', () => {
    const text = [
      'rule t.ok "Fine": ?u + 0 => ?u',
      '  example x + 0 => x',
      'rule t.unbound "Unbound": ?u * 1 => ?v',
      'rule t.pred "Pred": ?u * 0 => 0 where frob(?u)',
      'rule t.ok "Again": ?u - 0 => ?u',
      'rule x.prefix "Prefix": ?u / 1 => ?u',
      'rule t.example "Wrong example": ?u ^ 1 => ?u',
      '  example y ^ 1 => 2',
    ].join('\n');
    const { rules, problems } = loadRuleFiles({ t: text });
    expect(problems.map((p) => [p.line, p.column, p.message.split(' ')[0]])).toEqual([
      [3, 1, '?v'],
      [4, 39, 'unknown'],
      [5, 6, 'duplicate'],
      [6, 6, "rule"],
      [8, 3, 'example'],
    ]);
    expect(rules.map((r) => r.id)).toContain('t.ok');
  });
});
