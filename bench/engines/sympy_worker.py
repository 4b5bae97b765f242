"""SymPy's share of a bench job, timed inside this one process (see lib/job.ts for the protocol).

Run as: /usr/bin/python3 engines/sympy_worker.py JOB START. Prints one JSON row per item, like the
JavaScript worker. SymPy memoises results in a global cache, so every timed call starts by clearing
it: otherwise the second and later repetitions of an item would only look the answer up.
"""
import json
import statistics
import sys
import time

sys.setrecursionlimit(10000)

from sympy import Symbol, diff, simplify  # noqa: E402
from sympy.core.cache import clear_cache  # noqa: E402
from sympy.parsing.sympy_parser import parse_expr  # noqa: E402

# x is declared real, as every other engine takes it: a complex x turns d/dx |x - 2| into re/im parts.
X = Symbol('x', real=True)
NAMES = {'x': X}


def emit(row):
    sys.stdout.write(json.dumps(row) + '\n')
    sys.stdout.flush()


def measure(op, batch_s=0.003, batches=5, single_s=0.2):
    """Median seconds per call: one cold call, one warm call to size batches, then `batches` batches."""
    t = time.perf_counter()
    result = op()
    cold = time.perf_counter() - t
    if cold > single_s:
        return result, cold
    t = time.perf_counter()
    op()
    warm = max(time.perf_counter() - t, 1e-7)
    k = max(1, min(1000000, int(batch_s / warm + 0.999)))
    per = []
    for _ in range(batches):
        t = time.perf_counter()
        for _ in range(k):
            op()
        per.append((time.perf_counter() - t) / k)
    return result, statistics.median(per)


def fresh(fn):
    def op():
        clear_cache()
        return fn()
    return op


def error_text(e):
    return (type(e).__name__ + ': ' + str(e)).split('\n')[0][:160]


def throughput(i, texts, reps):
    """Parses the list (at most 60 s of it: SymPy's parse_expr evaluates, at tens of ms per expression),
    then times further passes over the part that was parsed; `data.n` says how many that is."""
    errors = 0
    started = time.perf_counter()
    n = 0
    for t in texts:
        if time.perf_counter() - started > 60:
            break
        n += 1
        try:
            parse_expr(t, local_dict=NAMES)
        except Exception:  # a parse failure is counted, not fatal
            errors += 1
    texts = texts[:n]
    # A slow parser gets fewer passes (about 20 s of timing), as in tasks/parse.ts.
    passes = max(1, min(reps, int(20 / max(time.perf_counter() - started, 1e-3))))
    times = []
    for _ in range(passes):
        clear_cache()
        t0 = time.perf_counter()
        for t in texts:
            try:
                parse_expr(t, local_dict=NAMES)
            except Exception:
                pass
        times.append(time.perf_counter() - t0)
    emit({'i': i, 'us': statistics.median(times) * 1e6 / len(texts), 'data': {'errors': errors, 'n': n}})


def big(i, text):
    # As tasks/parse.ts: repeated (median of the warm calls) unless one parse takes over 5 s.
    parsed, t_parse = measure(fresh(lambda: parse_expr(text, local_dict=NAMES)), batch_s=0, batches=2, single_s=5)
    try:
        printed, t_print = measure(lambda: str(parsed), batch_s=0, batches=2, single_s=5)
    except (Exception, RecursionError) as e:  # the parse time still counts
        emit({'i': i, 'us': t_parse * 1e6, 'out': '', 'data': {'printErr': error_text(e)}})
        return
    out = printed if len(printed) <= 80 else printed[:60] + '…'
    emit({'i': i, 'us': t_parse * 1e6, 'out': out, 'data': {'printUs': t_print * 1e6, 'len': len(printed)}})


def main():
    job_file, start = sys.argv[1], int(sys.argv[2])
    with open(job_file, encoding='utf8') as f:
        job = json.load(f)
    task, items = job['task'], job['items']
    reps = int((job.get('options') or {}).get('reps', 5))
    # One untimed call on the first item first, as tasks/perItem.ts does: start-up belongs to no item.
    if task in ('simplify', 'diff', 'diff-order') and start < len(items):
        try:
            first = parse_expr(items[start]['text'], local_dict=NAMES)
            simplify(first) if task == 'simplify' else diff(first, X)
        except Exception:
            pass
    for i in range(start, len(items)):
        item = items[i]
        try:
            if task == 'parse-throughput':
                throughput(i, item, reps)
            elif task == 'parse-big':
                big(i, item)
            elif task in ('simplify', 'diff', 'diff-order'):
                text, order = item['text'], item.get('order', 1)
                if task == 'simplify':
                    op = fresh(lambda: simplify(parse_expr(text, local_dict=NAMES)))
                else:
                    op = fresh(lambda: diff(parse_expr(text, local_dict=NAMES), X, order))
                result, sec = measure(op, single_s=0.05 if task == 'diff-order' else 0.2)
                emit({'i': i, 'us': sec * 1e6, 'out': str(result)})
            else:
                emit({'i': i, 'err': 'not available'})
        except (Exception, RecursionError) as e:  # one item's failure is that item's row
            emit({'i': i, 'err': error_text(e)})


main()
