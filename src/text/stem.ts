/**
 * Kept for the linker until it takes the run's `Stemmer` (src/grammar/stem.ts): the same Snowball stem,
 * without a module-level memo.
 */
export {stemWord as stem} from '../grammar/stem.js'
