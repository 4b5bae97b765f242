import fc from 'fast-check';

// Properties run on a fixed seed so CI is reproducible: a failure seen once is seen every time, and can be
// replayed with the seed and path fast-check prints. Set FLUXION_SEED to explore other seeds locally.
fc.configureGlobal({ seed: Number(process.env.FLUXION_SEED ?? 20261128) });
