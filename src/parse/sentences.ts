/** parse cuts ledd into punktum with the grammar's one splitter (src/grammar/sentences.ts). */
export {splitSentences, type SentenceSpan} from '../grammar/sentences.js'
