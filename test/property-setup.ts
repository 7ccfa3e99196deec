import fc from 'fast-check';

/**
 * Every property test, whether or not it passes its options through helpers/property.ts: a failure
 * prints its seed, its path and the counterexample's steps (verbose), and FOLLOW_UP_FC_SEED with
 * FOLLOW_UP_FC_PATH replays that very case (run the one test that failed, with -t: the seed and
 * path then apply to it alone).
 */
const seed = process.env.FOLLOW_UP_FC_SEED;
const path = process.env.FOLLOW_UP_FC_PATH;
const replay = seed === undefined || seed.trim() === '' ? {} : { seed: Number(seed), ...(path ? { path, endOnFailure: true } : {}) };
fc.configureGlobal({ ...fc.readConfigureGlobal(), verbose: 1, ...replay });
