# The one grammar of fluxion: expressions (start symbol Main) and rule files (start symbol RuleFile).
#
# One nonterminal per precedence level, lowest first; postprocessors are one call into src/parse/syntax.ts.
# Every accepted input has exactly one parse (a test checks the whole table). Written for nearley's Earley
# parser, whose cost is the number of states per token:
#  - left recursion for every repetition (sums, products, juxtaposition, power towers, runs of prefixes):
#    linear in Earley, where right recursion is quadratic (x^x^...^x is read left to right and folded right);
#  - the lexer marks juxtaposition with a `jux` token and tells `sin(x)` (fcall) from `sin x` (fop), so a
#    juxtaposed factor or a function's argument list is only predicted where the text has one;
#  - left-factored alternatives (a call's tail is predicted after its name) and token classes (%sign is + or −,
#    %mulop is * or /, %prefix a sign or d/dx: see grammar/tokenClasses.ts) keep the states predicted at the
#    start of every operand few;
#  - postprocessors build deferred nodes in O(1) (src/parse/deferred.ts): they also run for the many
#    completions that are not kept.
@preprocessor typescript
@{%
import { FluxionLexer } from '../../grammar/lexer.js';
import * as S from '../parse/syntax.js';
import * as R from '../parse/ruleSyntax.js';
const lexer = new FluxionLexer();
%}
@lexer lexer

Main        -> Expr                                   {% ([e]) => e %}
             | DefinitionHead Expr                    {% ([head, body]) => S.definition(head, body) %}

# f(x, y) := ..., checked once when := is read.
DefinitionHead -> %fdef %lparen Params %rparen %define  {% ([f, , ps]) => S.definitionHead(f, ps) %}
Params      -> Expr                                   {% ([p]) => S.listStart(p) %}
             | Params %comma Expr                     {% ([ps, , p]) => S.listPush(ps, p) %}

# a + b − c: n-ary sums of the operands as written, differences kept.
Expr        -> Expr %sign Signed                      {% ([l, op, r]) => S.sumStep(l, op, r) %}
             | Signed                                 {% ([e]) => e %}

# Unary minus binds looser than products and powers: -x^2 is -(x^2), -2x is -(2x). d/dx takes a signed term.
# (%prefix is a sign or d/dx.) Runs of prefixes are lists, so ----x*y*z... stays linear.
Signed      -> Product                                {% ([e]) => e %}
             | Prefixes Product                       {% ([ops, e]) => S.prefixed(ops, e) %}
Prefixes    -> %prefix                                {% ([op]) => S.listStart(S.prefix(op)) %}
             | Prefixes %prefix                       {% ([ops, op]) => S.listPush(ops, S.prefix(op)) %}

# a*b/c left to right; juxtaposition binds tighter: 1/2x is 1/(2x), a/b c is a/(b c).
Product     -> Product %mulop Operand                 {% ([l, op, r]) => S.productStep(l, op, r) %}
             | Juxt                                   {% ([e]) => e %}

# After an explicit * or / signs may follow: 2 * -3, x / -y.
Operand     -> Juxt                                   {% ([e]) => e %}
             | Signs Juxt                             {% ([ops, e]) => S.prefixed(ops, e) %}
Signs       -> %sign                                  {% ([op]) => S.listStart(op) %}
             | Signs %sign                            {% ([ops, op]) => S.listPush(ops, op) %}

# Juxtaposition, a flat run of factors: 2x, x y, 2(x+1), (x+1)(x-1), 2|x| (a bar only right after a leading
# number). A function written without brackets takes the factors after it, up to the next such function:
# sin 2x cos x is sin(2x)·cos(x), 2 sin x is 2·sin(x), sin^2 x is sin(x)^2 (the builder of juxtapositions in syntax.ts sorts this out).
Juxt        -> Factor                                 {% ([f]) => S.juxtStart(f) %}
             | Juxt %jux Factor                       {% ([j, , f]) => S.juxtStep(j, f) %}
             | %number %bar AbsTower                  {% ([n, , t]) => S.juxtStep(S.juxtStart(S.number(n)), S.power(t)) %}
Factor      -> Tower                                  {% ([t]) => S.power(t) %}
             | %fop Tower                             {% ([f, t]) => S.functionHead(f, S.power(t)) %}
             | %fop %pow %number Tower                {% ([f, , n, t]) => S.functionHead(f, S.power(t), n) %}

# Powers are right-associative (2^3^2 is 2^9) but read left to right as a tower of steps, folded by S.power.
# A step may carry signs (x^-2) and roots (x^√y); a root takes the rest of the tower (√x^2 is √(x^2),
# x^√y^z is x^√(y^z)), as a sign does (x^-y^z is x^-(y^z)). The lexer reads a superscript as ^ and a number
# (x² is x ^ 2, x⁻¹ is x ^ - 1). Prefixes end at one atom, so their right recursion costs nothing.
Tower       -> Base                                   {% ([b]) => S.towerStart(b) %}
             | Tower %pow Step                        {% ([t, , s]) => S.towerStep(t, s) %}
Step        -> Base                                   {% ([b]) => b %}
             | %sign Step                             {% ([op, s]) => S.prefixStep(op, s) %}

# |x| after a leading number (2|x|, 2|x|^2), from just after its opening bar.
AbsTower    -> AbsBody                                {% ([e]) => S.towerStart(S.step(e)) %}
             | AbsTower %pow Step                     {% ([t, , s]) => S.towerStep(t, s) %}

# The atoms, each wrapped as the base of a tower step; √ is a prefix of a base.
Base        -> %number                                {% ([n]) => S.step(S.number(n)) %}
             | %name                                  {% ([t]) => S.step(S.symbol(t)) %}
             | %lparen Expr %rparen                   {% ([, e]) => S.step(S.group(e)) %}
             | %bar AbsBody                           {% ([, e]) => S.step(e) %}
             | %fcall CallTail                        {% ([f, t]) => S.step(S.callWith(f, t)) %}
             | %lbracket ListTail                     {% ([, items]) => S.step(S.list(items)) %}
             | %lim LimitTail                         {% ([, e]) => S.step(e) %}
             | %integral IntegralTail                 {% ([, e]) => S.step(e) %}
             | %sqrt Base                             {% ([r, b]) => S.prefixStep(r, b) %}
# What follows an opening bar. It ignores a juxtaposition marker (the lexer cannot tell opening from closing bars).
AbsBody     -> Expr %bar                              {% ([e]) => S.abs(e) %}
             | %jux Expr %bar                         {% ([, e]) => S.abs(e) %}

CallTail    -> %lparen Args %rparen                   {% ([, a]) => S.tail(a) %}
             | %lparen %rparen                        {% () => S.tail(null) %}
             | %prime %lparen Args %rparen            {% ([p, , a]) => S.tail(a, p) %}
             | %pow %number %lparen Args %rparen      {% ([, n, , a]) => S.tail(a, undefined, n) %}
ListTail    -> %rbracket                              {% () => null %}
             | Args %rbracket                         {% ([a]) => a %}
LimitTail   -> %lparen %name %arrow Expr %comma Expr %rparen       {% ([, v, , a, , f]) => S.limitNotation(v, a, null, f) %}
             | %lparen %name %arrow Expr %sign %comma Expr %rparen {% ([, v, , a, s, , f]) => S.limitNotation(v, a, s, f) %}
# ∫ f dx and ∫_a^b f dx; the integrand after an upper bound is juxtaposed to it in the token stream.
IntegralTail -> Expr %dvar                            {% ([f, d]) => S.integralNotation(d, f) %}
             | %underscore Bound %pow Bound Expr %dvar       {% ([, lo, , hi, f, d]) => S.integralNotation(d, f, lo, hi) %}
             | %underscore Bound %pow Bound %jux Expr %dvar  {% ([, lo, , hi, , f, d]) => S.integralNotation(d, f, lo, hi) %}
Bound       -> %number                                {% ([n]) => S.number(n) %}
             | %sign %number                          {% ([op, n]) => S.unary(op, S.number(n)) %}
             | %name                                  {% ([t]) => S.symbol(t) %}
             | %lparen Expr %rparen                   {% ([, e]) => S.group(e) %}

# Arguments; a quoted direction is an argument only for limit(f, x, a, '+') (checked by the builder).
Args        -> Expr                                   {% ([a]) => S.argsStart(a) %}
             | %dirstring                             {% ([a]) => S.argsStart(a) %}
             | Args %comma Expr                       {% ([as, , a]) => S.argsPush(as, a) %}
             | Args %comma %dirstring                 {% ([as, , a]) => S.argsPush(as, a) %}

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
