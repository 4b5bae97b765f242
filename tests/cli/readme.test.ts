import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/index.js';
import { Session } from '../../src/cli/session.js';

/** The README's table of CLI examples, between its cli-examples markers: `| \`input\` | \`output\` |`. */
function readmeExamples(): [string, string][] {
  const text = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = text.split('<!-- cli-examples:start -->')[1]!.split('<!-- cli-examples:end -->')[0]!;
  return block
    .split('\n')
    .map((line) => /^\| `(.+)` \| `(.+)` \|$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!]);
}

describe('the README examples', () => {
  const examples = readmeExamples();
  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(15));
  it.each(examples)('%s prints %s', (input, expected) => {
    const a = new Session().run(input);
    expect(a.kind === 'value' ? a.display ?? format(a.result) : '').toBe(expected);
  });
});
