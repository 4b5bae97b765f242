/**
 * The table of function heads: arity, how they print, how they are typeset. The parser, the printers and the
 * numeric primitives all read this one table, so a function is added in one place.
 */
export type FunctionInfo = {
  /** Canonical name stored in the tree. */
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** LaTeX: a command such as `\sin`, or an operator name typeset with \operatorname. */
  readonly latex: string;
  /** What kind of head: an elementary function, a reserved calculus head, or a command answered by the CLI. */
  readonly role: 'function' | 'reserved' | 'command';
};

const fn = (name: string, latex: string, minArgs = 1, maxArgs = minArgs): FunctionInfo => ({
  name,
  minArgs,
  maxArgs,
  latex,
  role: 'function',
});
const op = (name: string) => `\\operatorname{${name}}`;

const FUNCTIONS: FunctionInfo[] = [
  fn('sin', '\\sin'), fn('cos', '\\cos'), fn('tan', '\\tan'),
  fn('sec', '\\sec'), fn('csc', '\\csc'), fn('cot', '\\cot'),
  fn('asin', '\\arcsin'), fn('acos', '\\arccos'), fn('atan', '\\arctan'),
  fn('asec', op('arcsec')), fn('acsc', op('arccsc')), fn('acot', op('arccot')),
  fn('sinh', '\\sinh'), fn('cosh', '\\cosh'), fn('tanh', '\\tanh'),
  fn('sech', op('sech')), fn('csch', op('csch')), fn('coth', '\\coth'),
  fn('asinh', op('arsinh')), fn('acosh', op('arcosh')), fn('atanh', op('artanh')),
  fn('exp', '\\exp'), fn('log', '\\log', 1, 2), fn('ln', '\\ln'), fn('log2', '\\log_2'), fn('log10', '\\log_{10}'),
  fn('sqrt', '\\sqrt'), fn('cbrt', '\\sqrt[3]'), fn('abs', '\\left|'),
  fn('sign', op('sgn')), fn('heaviside', op('H')),
  fn('sigmoid', '\\sigma'), fn('softplus', op('softplus')), fn('relu', op('ReLU')),
  fn('erf', op('erf')),
];

const RESERVED: FunctionInfo[] = [
  // D(f, x) or D(f, x, n): the n-th derivative of f with respect to x.
  { name: 'D', minArgs: 2, maxArgs: 3, latex: '\\frac{d}{dx}', role: 'reserved' },
  // Limit(f, x, a) or Limit(f, x, a, dir) with dir = 1 (from above) or -1 (from below).
  { name: 'Limit', minArgs: 3, maxArgs: 4, latex: '\\lim', role: 'reserved' },
  // Integral(f, x) antiderivative, Integral(f, x, a, b) definite.
  { name: 'Integral', minArgs: 2, maxArgs: 4, latex: '\\int', role: 'reserved' },
  // Sum(f, k, a, b): f summed for k from a to b.
  { name: 'Sum', minArgs: 4, maxArgs: 4, latex: '\\sum', role: 'reserved' },
  { name: 'List', minArgs: 0, maxArgs: Infinity, latex: '', role: 'reserved' },
  // Define(f(x, ...), body): a definition f(x) := body.
  { name: 'Define', minArgs: 2, maxArgs: 2, latex: ':=', role: 'reserved' },
];

/** Commands of the CLI input language, kept as inert calls in the tree and answered by the CLI. */
const COMMANDS: FunctionInfo[] = [
  ['simplify', 1, 1], ['expand', 1, 1], ['factor', 1, 1], ['cancel', 1, 1],
  ['gradient', 2, 2], ['jacobian', 2, 2], ['hessian', 2, 2], ['riemann', 4, 6], ['evaluate', 1, 2],
].map(([name, min, max]) => ({
  name: name as string,
  minArgs: min as number,
  maxArgs: max as number,
  latex: op(name as string),
  role: 'command' as const,
}));

const BY_NAME = new Map<string, FunctionInfo>([...FUNCTIONS, ...RESERVED, ...COMMANDS].map((f) => [f.name, f]));

/** Spellings that mean a canonical function: `arcsin` is `asin`. `ln` stays `ln` (printed as written), equal in value to `log`. */
export const FUNCTION_ALIASES: ReadonlyMap<string, string> = new Map([
  ['arcsin', 'asin'], ['arccos', 'acos'], ['arctan', 'atan'],
  ['arcsec', 'asec'], ['arccsc', 'acsc'], ['arccot', 'acot'],
  ['arsinh', 'asinh'], ['arcosh', 'acosh'], ['artanh', 'atanh'],
  ['arcsinh', 'asinh'], ['arccosh', 'acosh'], ['arctanh', 'atanh'],
  ['σ', 'sigmoid'], ['ReLU', 'relu'],
]);

/** Information about a head, or undefined for a user-defined or unknown function. */
export const functionInfo = (name: string): FunctionInfo | undefined => BY_NAME.get(name);

/** Names the expression language knows as functions (elementary and commands, without reserved heads). */
export const BUILTIN_FUNCTION_NAMES: readonly string[] = [...FUNCTIONS, ...COMMANDS].map((f) => f.name);

/** Elementary function names only. */
export const ELEMENTARY_FUNCTION_NAMES: readonly string[] = FUNCTIONS.map((f) => f.name);

/** Reserved head names (D, Limit, Integral, Sum, List, Define). */
export const RESERVED_HEADS: readonly string[] = RESERVED.map((f) => f.name);
