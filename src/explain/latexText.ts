import type { Expr } from '../ast/expr.js';
import { format } from '../ast/print.js';

/**
 * A stand-in LaTeX typesetter until src/ast/latex.ts exists: the plain text with products, roots and Greek-free
 * names made legal in math mode (`*` → `\cdot`, `sqrt(u)` → `\sqrt{u}`, `pi` → `\pi`, `|x|` kept).
 * Example: latexText(parse('2 sqrt(x) * pi')) is '2 \sqrt{x} \cdot \pi'.
 */
export function latexText(e: Expr): string {
  let t = format(e);
  // Innermost sqrt(...) first, so nested roots become nested \sqrt{...}.
  for (let guard = 0; guard < 1000 && /sqrt\(([^()]*)\)/.test(t); guard++) t = t.replace(/sqrt\(([^()]*)\)/g, '\\sqrt{$1}');
  return t
    .replace(/\*/g, '\\cdot')
    .replace(/\bpi\b/g, '\\pi ')
    .replace(/\b(sin|cos|tan|log|ln|exp|sinh|cosh|tanh)\(/g, '\\$1(')
    .replace(/\^(-?[0-9a-zA-Z.]+)/g, '^{$1}')
    .replace(/\^\(([^()]*)\)/g, '^{$1}')
    .replace(/\s+$/, '');
}
