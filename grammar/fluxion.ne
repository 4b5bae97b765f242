# The one grammar of fluxion: expressions (start symbol Main) and rule files (start symbol RuleFile).
# One nonterminal per precedence level, lowest first; left recursion for left-associative operators (linear in
# nearley); postprocessors are one call into src/parse/syntax.ts. Every accepted input has exactly one parse.
@preprocessor typescript
@{%
import { FluxionLexer } from '../../grammar/lexer.js';
import * as S from '../parse/syntax.js';
import * as R from '../parse/ruleSyntax.js';
const lexer = new FluxionLexer();
%}
@lexer lexer

Main        -> Expr                                   {% ([e]) => e %}
             | %fname %lparen Params %rparen %define Expr  {% ([f, , ps, , , body]) => S.definition(f, ps, body) %}

Params      -> Expr                                   {% ([p]) => [p] %}
             | Params %comma Expr                     {% ([ps, , p]) => [...ps, p] %}

Expr        -> Sum                                    {% ([e]) => e %}

# a + b − c: n-ary sums of the operands as written, differences kept.
Sum         -> Sum %plus Signed                       {% ([l, , r]) => S.chainOp('sum', l, '+', r) %}
             | Sum %minus Signed                      {% ([l, , r]) => S.chainOp('sum', l, '-', r) %}
             | Signed                                 {% ([e]) => e %}

# Unary minus binds looser than products and powers: -x^2 is -(x^2), -2x is -(2x).
Signed      -> %minus Signed                          {% ([, e]) => S.negate(e) %}
             | %plus Signed                           {% ([, e]) => S.resolve(e) %}
             | %deriv Signed                          {% ([d, e]) => S.derivativeOperator(d, e) %}
             | %pderiv Signed                         {% ([d, e]) => S.derivativeOperator(d, e) %}
             | Product                                {% ([e]) => e %}

# a*b/c and implicit products, left to right at one level: 1/2x is (1/2)x.
Product     -> Product %times Operand                 {% ([l, , r]) => S.chainOp('product', l, '*', r) %}
             | Product %divide Operand                {% ([l, , r]) => S.chainOp('product', l, '/', r) %}
             | Implicit                               {% ([e]) => e %}

# After an explicit operator a sign may follow: 2 * -3, x / -y.
Operand     -> %minus Operand                         {% ([, e]) => S.negate(e) %}
             | %plus Operand                          {% ([, e]) => S.resolve(e) %}
             | Implicit                               {% ([e]) => e %}

# Juxtaposition: 2x, x y, 2(x+1), (x+1)(x-1), 2 sin x. A function written without parentheses takes the
# juxtaposed factors after it up to the next function: sin 2x cos x is sin(2x)·cos(x).
Implicit    -> Plains                                 {% ([e]) => e %}
             | Plains FnChain                         {% ([l, r]) => S.chainOp('product', l, '*', r) %}
             | FnChain                                {% ([e]) => e %}

Plains      -> Power                                  {% ([e]) => e %}
             | Plains Juxt                            {% ([l, r]) => S.chainOp('product', l, '*', r) %}
             | %number AbsPower                       {% ([n, r]) => S.chainOp('product', S.number(n), '*', r) %}

FnChain     -> FnApply                                {% ([e]) => e %}
             | FnApply FnChain                        {% ([l, r]) => S.chainOp('product', l, '*', r) %}
FnApply     -> %fname ArgChain                        {% ([f, a]) => S.application(f, [a]) %}
             | %fname %pow %number ArgChain           {% ([f, , n, a]) => S.poweredApplication(f, n, [a]) %}
# The argument of sin x: juxtaposed factors, not starting with a bracket (sin (x) y is sin(x)·y).
ArgChain    -> PowerNP                                {% ([e]) => e %}
             | ArgChain Juxt                          {% ([l, r]) => S.chainOp('product', l, '*', r) %}

# A juxtaposed factor starts with neither a number (2 3 is an error, not 6) nor a bar (|a|b|c| is ambiguous).
Juxt        -> PowerNN                                {% ([e]) => e %}

# Powers are right-associative: 2^3^2 is 2^9; the exponent may carry a sign: x^-2. √ and superscripts bind here.
Power       -> Atom                                   {% ([e]) => e %}
             | Atom %pow Exponent                     {% ([b, , x]) => S.power(b, x) %}
             | Atom %sup                              {% ([b, s]) => S.superscript(b, s) %}
             | %sqrt Power                            {% ([, e]) => S.sqrt(e) %}
PowerNN     -> AtomNN                                 {% ([e]) => e %}
             | AtomNN %pow Exponent                   {% ([b, , x]) => S.power(b, x) %}
             | AtomNN %sup                            {% ([b, s]) => S.superscript(b, s) %}
             | %sqrt Power                            {% ([, e]) => S.sqrt(e) %}
PowerNP     -> AtomNP                                 {% ([e]) => e %}
             | AtomNP %pow Exponent                   {% ([b, , x]) => S.power(b, x) %}
             | AtomNP %sup                            {% ([b, s]) => S.superscript(b, s) %}
             | %sqrt Power                            {% ([, e]) => S.sqrt(e) %}
AbsPower    -> AbsAtom                                {% ([e]) => e %}
             | AbsAtom %pow Exponent                  {% ([b, , x]) => S.power(b, x) %}
             | AbsAtom %sup                           {% ([b, s]) => S.superscript(b, s) %}

Exponent    -> %minus Exponent                        {% ([, e]) => S.negate(e) %}
             | %plus Exponent                         {% ([, e]) => S.resolve(e) %}
             | Power                                  {% ([e]) => e %}

# Atoms. AtomNN: neither a number nor a bar first (a juxtaposed factor); AtomNP: no bracket first (the argument of sin x).
Atom        -> %number                                {% ([n]) => S.number(n) %}
             | Group                                  {% ([e]) => e %}
             | Word                                   {% ([e]) => e %}
             | AbsAtom                                {% ([e]) => e %}
AtomNN      -> Group                                  {% ([e]) => e %}
             | Word                                   {% ([e]) => e %}
AtomNP      -> %number                                {% ([n]) => S.number(n) %}
             | Word                                   {% ([e]) => e %}
             | AbsAtom                                {% ([e]) => e %}
Word        -> %name                                  {% ([t]) => S.symbol(t) %}
             | %infinity                              {% ([t]) => S.symbol(t) %}
             | %patvar                                {% ([t]) => S.symbol(t) %}
             | Call                                   {% ([e]) => e %}
             | %lbracket %rbracket                    {% ([t]) => S.list(null, t) %}
             | %lbracket Args %rbracket               {% ([t, a]) => S.list(a, t) %}
             | %lim %lparen %name %arrow Expr %comma Expr %rparen       {% ([, , v, , a, , f]) => S.limitNotation(v, a, null, f) %}
             | %lim %lparen %name %arrow Expr Side %comma Expr %rparen  {% ([, , v, , a, s, , f]) => S.limitNotation(v, a, s, f) %}
             | %integral Expr %dvar                                     {% ([, f, d]) => S.integralNotation(d, f) %}
             | %integral %underscore Bound %pow Bound Expr %dvar        {% ([, , lo, , hi, f, d]) => S.integralNotation(d, f, lo, hi) %}
Side        -> %plus                                  {% ([t]) => t %}
             | %minus                                 {% ([t]) => t %}
Bound       -> %number                                {% ([n]) => S.number(n) %}
             | %minus %number                         {% ([, n]) => S.negate(S.number(n)) %}
             | %name                                  {% ([t]) => S.symbol(t) %}
             | %infinity                              {% ([t]) => S.symbol(t) %}
             | Group                                  {% ([e]) => e %}
Group       -> %lparen Expr %rparen                   {% ([, e]) => S.group(e) %}
AbsAtom     -> %bar Expr %bar                         {% ([, e]) => S.abs(e) %}

Call        -> %fname %lparen Args %rparen            {% ([f, , a]) => S.application(f, a) %}
             | %fname %lparen %rparen                 {% ([f]) => S.application(f, []) %}
             | %fname %prime %lparen Args %rparen     {% ([f, p, , a]) => S.primed(f, p, a) %}
             | %fname %pow %number %lparen Args %rparen  {% ([f, , n, , a]) => S.poweredApplication(f, n, a) %}

Args        -> Arg                                    {% ([a]) => [a] %}
             | Args %comma Arg                        {% ([as, , a]) => [...as, a] %}
Arg         -> Expr                                   {% ([e]) => e %}
             | %dirstring                             {% ([t]) => t %}

# ---- rule files (DESIGN §3) ----
RuleFile    -> null                                   {% () => [] %}
             | RuleFile Rule                          {% ([rs, r]) => [...rs, r] %}
Rule        -> %rule RuleId %string %colon Expr %yields Expr Conditions Examples
                                                      {% ([kw, id, title, , lhs, , rhs, conds, exs]) => R.rule(kw, id, title, lhs, rhs, conds, exs) %}
RuleId      -> %dotted                                {% ([t]) => t %}
             | %name                                  {% ([t]) => t %}
Conditions  -> null                                   {% () => [] %}
             | %where ConditionList                   {% ([, cs]) => cs %}
ConditionList -> Condition                            {% ([c]) => [c] %}
             | ConditionList %and Condition           {% ([cs, , c]) => [...cs, c] %}
             | ConditionList %comma Condition         {% ([cs, , c]) => [...cs, c] %}
Condition   -> %pname %lparen Args %rparen            {% ([p, , a]) => R.condition(p, a) %}
             | Expr %ne Expr                          {% ([l, op, r]) => R.notEqual(op, l, r) %}
Examples    -> null                                   {% () => [] %}
             | Examples %example Expr %yields Expr    {% ([es, kw, l, , r]) => [...es, R.example(kw, l, r)] %}
