/**
 * The notation policies of README "Policies for the notations people argue about" as rows (input, tree, why),
 * checked by policies.test.ts and by the LR-versus-nearley differential test.
 */
export type PolicyRow = readonly [input: string, tree: string, why: string];

export const POLICIES: readonly PolicyRow[] = [
  // juxtaposition binds tighter than * and /
  ['1/2x', '(/ 1 (* 2 x))', '1/2x is 1/(2x)'],
  ['1/2 x', '(/ 1 (* 2 x))', 'a space changes nothing'],
  ['(1/2)x', '(* (/ 1 2) x)', 'brackets give half of x'],
  ['x/2', '(/ x 2)', 'or divide last'],
  ['a/b*c', '(* (/ a b) c)', 'explicit * and / are left to right'],
  ['a*b/c', '(/ (* a b) c)', 'explicit * and / are left to right'],
  ['2 * -3', '(* 2 -3)', 'a sign may follow * or /'],
  // functions without brackets
  ['sin x', '(sin x)', 'sin x is sin(x)'],
  ['sin 2x', '(sin (* 2 x))', 'the juxtaposed factors after it'],
  ['sin x cos x', '(* (sin x) (cos x))', 'up to the next function'],
  ['2 sin x cos x', '(* 2 (sin x) (cos x))', 'one flat product'],
  ['sin x^2', '(sin (^ x 2))', 'powers bind inside the argument'],
  ['sin x / 2', '(/ (sin x) 2)', 'an explicit operator ends the argument'],
  ['sin x + 1', '(+ (sin x) 1)', 'so does + or -'],
  ['sin (x) y', '(* (sin x) y)', 'a bracket right after the name is the argument list'],
  ['sin(x)y', '(* (sin x) y)', 'also without a space'],
  ['sin^2 x', '(^ (sin x) 2)', 'sin^2 x is sin(x)^2'],
  ['sin^2(x)', '(^ (sin x) 2)', 'with brackets too'],
  ['sin² x', '(^ (sin x) 2)', 'a superscript is ^ and a number'],
  ['ln x', '(ln x)', 'ln stays ln (same value as log)'],
  ['log x', '(log x)', 'log is the natural logarithm'],
  // e
  ['e^x', '(^ e x)', 'e^x is the power of Euler\'s number'],
  ['e^2x', '(* (^ e 2) x)', 'the exponent takes only the next factor'],
  ['e^-x^2', '(^ e (neg (^ x 2)))', 'a sign in an exponent takes the rest of the tower'],
  ['e(x+1)', '(* e (+ x 1))', 'constants may be juxtaposed to brackets'],
  ['exp(x)', '(exp x)', 'exp stays exp'],
  // signs and numbers
  ['-2', '-2', '-2 is the number -2'],
  ['-(2)', '(neg 2)', 'a bracketed number is negated'],
  ['-2^2', '(neg (^ 2 2))', '-2^2 is -(2^2)'],
  ['-x^2', '(neg (^ x 2))', 'unary minus is looser than powers'],
  ['-2x', '(neg (* 2 x))', 'and than products'],
  ['x^-2', '(^ x -2)', 'a sign may start an exponent'],
  ['--2', '(neg -2)', 'only the innermost minus makes a number'],
  ['0.1', '1/10', 'decimals are exact'],
  ['1.5e-3', '3/2000', 'scientific notation is exact'],
  // powers and roots
  ['2^3^2', '(^ 2 (^ 3 2))', 'powers are right-associative'],
  ['x²^3', '(^ x (^ 2 3))', 'x² is x^2, so x²^3 is x^(2^3)'],
  ['√x^2', '(sqrt (^ x 2))', '√ takes the whole power after it'],
  ['√x y', '(* (sqrt x) y)', 'but not the juxtaposed factors'],
  ['x^√y^z', '(^ x (sqrt (^ y z)))', 'a root in an exponent takes the rest of the tower'],
  ['2√x', '(* 2 (sqrt x))', 'a root may be juxtaposed'],
  // calls and products
  ['x(x+1)', '(* x (+ x 1))', 'a one-letter name before a bracket is a factor'],
  ['pi(r+1)', '(* pi (+ r 1))', 'so is a constant'],
  // bars
  ['2|x|', '(* 2 (abs x))', 'a bar may follow a leading number'],
  ['|x| y', '(* (abs x) y)', 'factors may follow a closing bar'],
  ['|x|^2', '(^ (abs x) 2)', 'an absolute value can be raised to a power'],
  ['||x| - |y||', '(abs (- (abs x) (abs y)))', 'nested bars work when operators separate them'],
  // calculus notation
  ['d/dx x^2 + 1', '(+ (D (^ x 2) x) 1)', 'd/dx applies to the signed product that follows'],
  ['d/dx x y', '(D (* x y) x)', 'the whole product'],
  ['d/dx -x', '(D (neg x) x)', 'a sign may follow d/dx'],
  ['-d/dx x', '(neg (D x x))', 'and precede it'],
  ['d/dx d/dx x^3', '(D (D (^ x 3) x) x)', 'operators compose'],
  ['∫ x dx + 1', '(+ (Integral x x) 1)', 'the differential closes an integral'],
  ['∫ ∫ x y dx dy', '(Integral (Integral (* x y) x) y)', 'nested integrals close inside out'],
  ['lim(x -> 0+, 1/x)', '(Limit (/ 1 x) x 0 1)', 'a sign after the point is a side'],
  ['lim(x -> -1, x)', '(Limit x x -1)', 'a sign before it is part of the point'],
];
