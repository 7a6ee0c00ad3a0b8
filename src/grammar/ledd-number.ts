/**
 * «(3)»: the number many acts print before each ledd, followed by a space. It only states the ledd's place: the
 * parser reads a law that numbers its ledd by it, the applier renumbers it, and the diff treats it as a label.
 */
export const LEDD_NUMBER = /^\((\d{1,2})\)(?=\s)/u
