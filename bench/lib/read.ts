/**
 * Reads math text in any engine's dialect into a Tree: the corpus syntax (fluxion's, with implicit
 * multiplication) and every peer's printed output (math.js, nerdamer, Algebrite, Compute Engine's
 * `toString`, SymPy's `str`, Maxima's `string`). One lenient reader is enough because it is only used
 * to translate and to evaluate, never to judge syntax. Throws on anything it does not understand
 * (for example Algebrite's truncated floats `0.79...`), which the suites report as "unchecked".
 */
import { fn, num, sym, type Tree } from './tree.js';

/** Aliases seen in the dialects → canonical function name (the one `write.ts` and `numeric.ts` use). */
const FUNCTIONS: Readonly<Record<string, string>> = {
  sin: 'sin', cos: 'cos', tan: 'tan', sec: 'sec', csc: 'csc', cot: 'cot',
  asin: 'asin', acos: 'acos', atan: 'atan', arcsin: 'asin', arccos: 'acos', arctan: 'atan',
  asec: 'asec', acsc: 'acsc', acot: 'acot', arcsec: 'asec', arccsc: 'acsc', arccot: 'acot',
  sinh: 'sinh', cosh: 'cosh', tanh: 'tanh', sech: 'sech', csch: 'csch', coth: 'coth',
  asinh: 'asinh', acosh: 'acosh', atanh: 'atanh', arsinh: 'asinh', arcosh: 'acosh', artanh: 'atanh',
  arcsinh: 'asinh', arccosh: 'acosh', arctanh: 'atanh',
  exp: 'exp', log: 'log', ln: 'log', log2: 'log2', log10: 'log10', sqrt: 'sqrt', cbrt: 'cbrt',
  abs: 'abs', Abs: 'abs', sign: 'sign', sgn: 'sign', Sign: 'sign', signum: 'sign',
  sigmoid: 'sigmoid', softplus: 'softplus', relu: 'relu', erf: 'erf', pow: '^',
  Sin: 'sin', Cos: 'cos', Tan: 'tan', Exp: 'exp', Ln: 'log', Log: 'log10', Sqrt: 'sqrt',
};
const CONSTANT_NAMES: Readonly<Record<string, string>> = {
  e: 'e', '%e': 'e', E: 'e', ExponentialE: 'e', pi: 'pi', '%pi': 'pi', 'π': 'pi', Pi: 'pi',
};
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

type Tok = { t: 'num' | 'name' | 'op' | 'end'; s: string; at: number };

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const re = /\s+|(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|(%?[A-Za-z_πα-ωΑ-Ω][A-Za-z_0-9]*)|(\*\*|[-+*/^(),|·×÷−√]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length) {
    const at = re.lastIndex;
    m = re.exec(text);
    if (!m) throw new Error(`cannot read ${JSON.stringify(text.slice(at, at + 12))} at ${at}`);
    if (m[1] !== undefined) toks.push({ t: 'num', s: m[1], at });
    else if (m[2] !== undefined) toks.push({ t: 'name', s: m[2], at });
    else if (m[3] !== undefined) toks.push({ t: 'op', s: m[3], at });
  }
  toks.push({ t: 'end', s: '', at: text.length });
  return toks;
}

/** Recursive descent with one token of look-ahead; precedence as textbooks read it (`-x^2` is `-(x^2)`). */
class Reader {
  private i = 0;
  private absDepth = 0;
  constructor(private readonly toks: Tok[], private readonly opts: ReadOptions) {}

  private peek(): Tok { return this.toks[this.i] as Tok; }
  private next(): Tok { return this.toks[this.i++] as Tok; }
  private isOp(s: string): boolean { const t = this.peek(); return t.t === 'op' && t.s === s; }
  private expect(s: string): void {
    const t = this.next();
    if (t.t !== 'op' || t.s !== s) throw new Error(`expected ${s} at ${t.at}, found ${JSON.stringify(t.s)}`);
  }

  read(): Tree {
    const t = this.sum();
    if (this.peek().t !== 'end') throw new Error(`unexpected ${JSON.stringify(this.peek().s)} at ${this.peek().at}`);
    return t;
  }

  private sum(): Tree {
    let left = this.product();
    for (;;) {
      if (this.isOp('+')) { this.next(); left = fn('+', left, this.product()); }
      else if (this.isOp('-') || this.isOp('−')) { this.next(); left = fn('-', left, this.product()); }
      else return left;
    }
  }

  /** Explicit and implicit products: `2x`, `x y`, `2(x+1)`, `(x+1)(x-1)`, `2 sin(x)`. */
  private product(): Tree {
    let left = this.unary();
    for (;;) {
      if (this.isOp('*') || this.isOp('·') || this.isOp('×')) { this.next(); left = fn('*', left, this.unary()); }
      else if (this.isOp('/') || this.isOp('÷')) { this.next(); left = fn('/', left, this.unary()); }
      else if (this.startsFactor()) left = fn('*', left, this.power());
      else return left;
    }
  }

  private startsFactor(): boolean {
    const t = this.peek();
    if (t.t === 'num' || t.t === 'name') return true;
    if (t.t !== 'op') return false;
    return t.s === '(' || t.s === '√' || (t.s === '|' && this.absDepth === 0);
  }

  private unary(): Tree {
    if (this.isOp('-') || this.isOp('−')) { this.next(); return fn('neg', this.unary()); }
    if (this.isOp('+')) { this.next(); return this.unary(); }
    return this.power();
  }

  private power(): Tree {
    const base = this.postfix(this.primary());
    if (this.isOp('^') || this.isOp('**')) { this.next(); return fn('^', base, this.unary()); }
    return base;
  }

  private postfix(t: Tree): Tree {
    const p = this.peek();
    if (p.t === 'op' && SUPERSCRIPTS.includes(p.s[0] as string)) {
      this.next();
      const digits = [...p.s].map((c) => SUPERSCRIPTS.indexOf(c)).join('');
      return fn('^', t, num(digits));
    }
    return t;
  }

  private primary(): Tree {
    const t = this.next();
    if (t.t === 'num') return num(t.s);
    if (t.t === 'name') {
      const f = t.s === 'log' && this.opts.logIsBase10 ? 'log10' : FUNCTIONS[t.s];
      if (f !== undefined && this.isOp('(')) return this.call(f);
      const c = CONSTANT_NAMES[t.s];
      return c !== undefined ? sym(c) : sym(t.s);
    }
    if (t.t === 'op' && t.s === '(') { const e = this.sum(); this.expect(')'); return e; }
    if (t.t === 'op' && t.s === '√') return fn('sqrt', this.power());
    if (t.t === 'op' && t.s === '|') {
      this.absDepth++;
      const e = this.sum();
      this.absDepth--;
      this.expect('|');
      return fn('abs', e);
    }
    throw new Error(`unexpected ${JSON.stringify(t.s)} at ${t.at}`);
  }

  private call(f: string): Tree {
    this.expect('(');
    const saved = this.absDepth;
    this.absDepth = 0; // `abs(|x|)`: bars inside parentheses start afresh
    const args = [this.sum()];
    while (this.isOp(',')) { this.next(); args.push(this.sum()); }
    this.absDepth = saved;
    this.expect(')');
    if (f === 'log' && args.length === 2) return fn('logb', ...args);
    return fn(f, ...args);
  }
}

export interface ReadOptions {
  /** Compute Engine prints its base-10 `Log` as `log` (and the natural one as `ln`). */
  readonly logIsBase10?: boolean;
}

/** Parses math text of any supported dialect. Throws an Error naming the offset on failure. */
export function readMath(text: string, opts: ReadOptions = {}): Tree {
  return new Reader(tokenize(text), opts).read();
}
