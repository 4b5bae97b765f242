import type { Expr } from '../ast/expr.js';
import { call } from '../ast/build.js';
import { fold } from '../ast/path.js';
import { withChildren } from '../ast/build.js';
import { substituteSymbols } from '../ast/substituteSymbols.js';
import { FluxionError } from '../errors.js';
import { explainDerivatives } from '../calculus/differentiate.js';
import { parse } from '../parse/parse.js';
import { containsD, isCommand, runCommand, type CommandOutput } from './commands.js';

/** What one line of input produced. */
export type Answer =
  | ({ readonly kind: 'value'; readonly input: Expr } & CommandOutput)
  | { readonly kind: 'defined'; readonly input: Expr; readonly name: string };

type Definition = { readonly params: readonly string[]; readonly body: Expr };

/**
 * A body with its parameters replaced by arguments. A derivative in the body is computed first when a parameter
 * gets a value (g(x) := diff(x^3, x) at 2 is 3·2², not a derivative with respect to 2); renamings keep it.
 */
function instantiate(body: Expr, args: ReadonlyMap<string, Expr>): Expr {
  const valued = [...args].some(([p, a]) => !(a.kind === 'sym' && a.name === p));
  return substituteSymbols(valued && containsD(body) ? explainDerivatives(body).result : body, args);
}

/**
 * A REPL session: remembers definitions (`f(x) := x^2`), expands them (`f(3)`, `f'(x)`), and answers each line
 * through the command table. Example: new Session().run('diff(x^2, x)').
 */
export class Session {
  private readonly definitions = new Map<string, Definition>();

  run(line: string, options: { steps?: boolean } = {}): Answer {
    const input = parse(line, { functions: this.definitions.keys() });
    if (input.kind === 'call' && input.fn === 'Define') return this.define(input);
    const expanded = this.expandDefinitions(input);
    // f(3) is answered, not just written out: a line whose definitions were expanded is simplified (unless it
    // is a command or a derivative already, which answer themselves).
    const answer = expanded !== input && !isCommand(expanded) && !containsD(expanded) ? call('simplify', expanded) : expanded;
    const out = runCommand(answer, { steps: options.steps ?? false });
    return { kind: 'value', input, ...out };
  }

  private define(input: Expr & { kind: 'call' }): Answer {
    const head = input.args[0] as Expr & { kind: 'call' };
    const params = head.args.map((p) => (p as Expr & { kind: 'sym' }).name);
    if (new Set(params).size !== params.length) throw new FluxionError(`the parameters of ${head.fn} must be different names`);
    const body = this.expandDefinitions(input.args[1]!);
    this.definitions.set(head.fn, { params, body });
    return { kind: 'defined', input, name: head.fn };
  }

  /** Replaces calls of defined functions by their bodies; `f'(a)` becomes the derivative of f's body at a. */
  private expandDefinitions(e: Expr): Expr {
    if (this.definitions.size === 0) return e;
    return fold<Expr>(e, (node, kids) => {
      if (node.kind !== 'call') return kids.length ? withChildren(node, kids) : node;
      const primes = /'+$/.exec(node.fn)?.[0].length ?? 0;
      const def = this.definitions.get(primes ? node.fn.slice(0, -primes) : node.fn);
      if (!def) return withChildren(node, kids);
      if (def.params.length !== kids.length) {
        throw new FluxionError(`${node.fn} takes ${def.params.length} argument(s), got ${kids.length}`);
      }
      if (primes === 0) return instantiate(def.body, new Map(def.params.map((p, i) => [p, kids[i]!])));
      if (def.params.length !== 1) throw new FluxionError(`${node.fn}: primes are for functions of one variable; use diff(f, x) for partials`);
      // f'(a): differentiate the body in its own parameter, then put a in (f'(x) itself stays a derivative, so
      // --steps shows how it is derived).
      const x = def.params[0]!;
      let d: Expr = def.body;
      for (let i = 0; i < primes; i++) d = call('D', d, { kind: 'sym', name: x });
      return instantiate(d, new Map([[x, kids[0]!]]));
    });
  }
}
