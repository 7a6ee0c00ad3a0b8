/**
 * A line that is only a page number, as a PDF's text layer gives it: «3», «- 3 -», «Side 3 av 12», «s. 3/12»,
 * «3 (12)». One definition for the importer that removes such lines (src/import/pdf-text.ts) and the case
 * loader that warns about text pasted from a PDF (src/case/pdf-paste.ts), so the warning names what init repairs.
 */
export function isPageNumberLine(text: string): boolean {
  return (
    /^\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*$/.test(text) ||
    /^\s*(?:side|s\.)\s*\d{1,3}(?:\s*(?:av|\/)\s*\d{1,3})?\s*$/i.test(text) ||
    /^\s*\d{1,3}\s*\(\d{1,3}\)\s*$/.test(text)
  )
}
