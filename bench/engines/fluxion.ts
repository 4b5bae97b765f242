/**
 * fluxion from the working tree (`../src/index.ts`, run by tsx), so the bench measures the code as it
 * is now. Functions that have not landed yet are absent from the module; the Engine then lacks the
 * matching operation and the suites print "fluxion: not available yet".
 */
import * as fluxion from '../../src/index.js';
import type { Expr } from '../../src/index.js';
import type { Engine } from './engine.js';

/** The public API of DESIGN §5 that the bench uses; each part is optional until it lands. */
export interface FluxionApi {
  parse(text: string): Expr;
  format(e: Expr): string;
  simplify(e: Expr | string): Expr;
  diff(e: Expr | string, x: string, order?: number): Expr;
  gradient(e: Expr | string, vars: readonly string[]): Expr[];
  compile(e: Expr | string, vars: readonly string[]): ((...xs: number[]) => number) & { array?: (xs: ArrayLike<number>) => number };
  compileGradient(e: Expr | string, vars: readonly string[]):
    ((...xs: number[]) => { value: number; gradient: number[] }) & { array?: (xs: ArrayLike<number>) => { value: number; gradient: number[] } };
}

// The namespace's static type lists only what exists today; reading it as Partial lets the bench
// compile before and after each function lands.
export const api: Partial<FluxionApi> = fluxion as unknown as Partial<FluxionApi>;

export function load(): Engine {
  const { parse, format, simplify, diff, compile } = api;
  const show = (r: unknown): string => (format ? format(r as Expr) : JSON.stringify(r));
  return {
    name: 'fluxion',
    show,
    ...(parse && { parse: (t: string) => parse(t) }),
    ...(simplify && { simplify: (t: string) => simplify(t) }),
    ...(diff && { diff: (t: string, x: string, order: number) => diff(t, x, order) }),
    ...(compile && parse && { compile: (t: string, vars: readonly string[]) => ({ call: 'positional' as const, f: compile(parse(t), vars) }) }),
  };
}
