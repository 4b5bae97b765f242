/**
 * First derivatives (issue 4): d/dx of every line of derivatives.txt, time per derivative including
 * parsing, median printed length, and wrong answers judged against a central difference of the input.
 */
import { readCorpus } from '../lib/corpus.js';
import { runJudged } from '../lib/judged.js';
import type { Suite } from '../lib/summary.js';

export const diffSuite: Suite = {
  name: 'diff',
  async run() {
    const { summary } = await runJudged({
      suite: 'diff',
      task: 'diff',
      title: 'diff: d/dx, fluxion diff vs peers (time includes parsing; length without spaces)',
      items: readCorpus('derivatives.txt'),
      engines: ['fluxion', 'math.js', 'nerdamer', 'Algebrite', 'Compute Engine', 'SymPy', 'Maxima'],
    });
    return summary;
  },
};
