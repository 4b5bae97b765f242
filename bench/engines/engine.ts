/**
 * What an in-process (JavaScript) engine can do. Every operation takes the item's text already written
 * in the engine's dialect and returns the engine's own object; `show` prints such an object the way the
 * engine prints it (that text is what is measured for length and judged numerically). An operation the
 * engine lacks is simply absent: the suites print "not available yet" (fluxion) or "n/a" (a peer).
 */
import type { Dialect } from '../lib/write.js';

/** A compiled function and how it is called: positional numbers or one scope object {x: ..}. */
export type Compiled =
  | { readonly call: 'positional'; readonly f: (...xs: number[]) => number }
  | { readonly call: 'object'; readonly f: (scope: Record<string, number>) => number };

export interface Engine {
  readonly name: string;
  parse?(text: string): unknown;
  simplify?(text: string): unknown;
  diff?(text: string, x: string, order: number): unknown;
  compile?(text: string, vars: readonly string[]): Compiled;
  show(result: unknown): string;
  /** Forget state the engine accumulates between calls (nerdamer's expression list, Algebrite's symbols). */
  reset?(): void;
}

/** How each engine is run and which syntax the corpus is translated to for it. */
export interface EngineInfo {
  readonly name: string;
  readonly dialect: Dialect | 'fluxion';
  readonly kind: 'node' | 'python' | 'maxima';
  /** Module under engines/ (node engines). */
  readonly module?: string;
}

export const ENGINES: readonly EngineInfo[] = [
  { name: 'fluxion', dialect: 'fluxion', kind: 'node', module: 'fluxion.ts' },
  { name: 'hand-written JS', dialect: 'js', kind: 'node', module: 'handwritten.ts' },
  { name: 'math.js', dialect: 'mathjs', kind: 'node', module: 'mathjs.ts' },
  { name: 'nerdamer', dialect: 'nerdamer', kind: 'node', module: 'nerdamer.ts' },
  { name: 'Algebrite', dialect: 'algebrite', kind: 'node', module: 'algebrite.ts' },
  { name: 'Compute Engine', dialect: 'ce', kind: 'node', module: 'computeEngine.ts' },
  { name: 'SymPy', dialect: 'sympy', kind: 'python' },
  { name: 'Maxima', dialect: 'maxima', kind: 'maxima' },
];

export function engineInfo(name: string): EngineInfo {
  const info = ENGINES.find((e) => e.name === name);
  if (!info) throw new Error(`unknown engine ${name}`);
  return info;
}
