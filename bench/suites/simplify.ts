/**
 * Simplification (issue 3): time per expression including parsing, printed length of the result, and
 * answers that change the value (judged at sample points). Maxima has no single "simplify"; its row is
 * `ratsimp`, the command a Maxima user reaches for first. Algebrite and nerdamer use their `simplify`.
 */
import { readCorpus } from '../lib/corpus.js';
import { runJudged } from '../lib/judged.js';
import type { Suite } from '../lib/summary.js';

export const simplifySuite: Suite = {
  name: 'simplify',
  async run() {
    const { summary } = await runJudged({
      suite: 'simplify',
      task: 'simplify',
      title: 'simplify: fluxion simplify vs peers (time includes parsing; length without spaces)',
      items: readCorpus('simplify.txt'),
      engines: ['fluxion', 'math.js', 'nerdamer', 'Algebrite', 'Compute Engine', 'SymPy', 'Maxima'],
    });
    return summary;
  },
};
