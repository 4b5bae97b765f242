/**
 * Writes parse-short.txt: 10,000 short textbook expressions from a seeded generator, so every run and
 * every machine parses the same text. Run by the parse suite when the file is missing or stale;
 * `node --import tsx corpus/gen-parse-short.ts` writes it by hand.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../lib/random.js';

export const PARSE_SHORT_COUNT = 10_000;
const SEED = 20240601;

export function generateParseShort(count = PARSE_SHORT_COUNT, seed = SEED): string[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const vars = ['x', 'x', 'x', 'y', 't', 'w', 'b', 'a', 'z'];
  const fns = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'softplus', 'asin', 'atan', 'cosh'];
  const coef = (): string => (rand() < 0.3 ? '' : String(int(2, 12)));
  const monomial = (): string => {
    const v = pick(vars);
    const p = int(1, 5);
    return `${coef()}${v}${p > 1 ? `^${p}` : ''}`;
  };
  // Terms of one polynomial are distinct powers, so no sum cancels to 0 (3w^5 - 3w^5 under a division
  // is a division by zero, which engines that simplify while parsing rightly reject).
  const polynomial = (): string => {
    const n = int(1, 4);
    const seen = new Set<string>();
    const term = (): string => {
      for (;;) {
        const t = rand() < 0.3 ? String(int(1, 9)) : monomial();
        const power = /^\d+$/.test(t) ? '1' : t.replace(/^\d+/, '');
        if (!seen.has(power)) { seen.add(power); return t; }
      }
    };
    let s = term();
    for (let i = 1; i < n; i++) s += `${pick([' + ', ' - '])}${term()}`;
    return s;
  };
  const expr = (depth: number): string => {
    const r = rand();
    if (depth <= 0 || r < 0.25) return polynomial();
    if (r < 0.45) return `${pick(fns)}(${expr(depth - 1)})`;
    if (r < 0.6) return `(${expr(depth - 1)})/(${expr(depth - 1)})`;
    if (r < 0.7) return `(${expr(depth - 1)})^${int(2, 4)}`;
    if (r < 0.8) return `${coef()}${pick(fns)}(${expr(depth - 1)})`;
    if (r < 0.9) return `(${polynomial()})(${polynomial()})`;
    return `${expr(depth - 1)} ${pick(['+', '-', '*'])} ${expr(depth - 1)}`;
  };
  return Array.from({ length: count }, () => expr(int(1, 3)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = fileURLToPath(new URL('parse-short.txt', import.meta.url));
  writeFileSync(file, `${generateParseShort().join('\n')}\n`);
  console.log(`wrote ${file}`);
}
