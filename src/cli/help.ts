/** Usage text for `regdiff --help`; kept next to the parser so the two do not drift. */
export const HELP = `regdiff — what a proposed Norwegian regulation changes, what each change means,
and where the consultation note (høringsnotat) explains it.

Usage:
  regdiff report <case-dir>… [--out <dir>] [--format html,md,json,…] [--lang nb|en] [--check]
  regdiff report --all <dir> [same options]
  regdiff report --watch <case-dir>… [--out <dir>] [--format …] [--lang nb|en]
  regdiff lint <case-dir>… | --all <dir>
  regdiff instructions <case-dir>
  regdiff instructions --parse <file>
  regdiff init <case-dir> --current <file> [--note <file>] [--proposed <file>] [--background <file>…] [--force]
  regdiff --help | --version

Commands:
  report         Write <out>/<case>/report.{html,md,json} for each case folder.
  lint           Check the inputs of each case and print diagnostics and findings; writes nothing.
  instructions   Print the proposal of a case as amendment instructions ("§ 3-2 skal lyde: …").
                 With --parse: read an amending text (text, Markdown or Lovtidend XML) and print
                 its instructions as JSON operations in Lovdata's notation, with diagnostics.
  init           Build a case folder (current.md, proposed.md, note.md, case.yaml) from the documents as
                 published: Lovdata's XML/HTML, a høringsnotat as PDF, Word (.docx) or text extracted from
                 a PDF, a regjeringen.no consultation page (--background). Without --proposed, the note's
                 chapter with the proposed wording becomes proposed.md. Writes nothing on an error.

Options:
  --all <dir>        Every case folder in <dir> (a folder with current.md, proposed.md or case.yaml).
  --out <dir>        Where reports go (default: reports).
  --format <list>    Comma-separated formats: html, md, json, docx, answer, answer-docx, consolidated
                     (default: all); json-full: report.json with all text in full instead of offsets
                     into the inputs.
  --lang <nb|en>     Language of the report text (default: nb).
  --watch            (report) Keep running: regenerate a case each time one of its files is saved,
                     printing a line per regeneration and its diagnostics. Ctrl-C stops (exit 0).
  --check            Write nothing; regenerate in memory and list every stale or missing report file.
  --parse            (instructions) Read the given file as an amending text; print JSON.
  --force            Regenerate even when the inputs are unchanged since the last run; for init:
                     replace an existing case.
  --current <file>   init: the text in force.     --note <file>      init: the høringsnotat.
  --proposed <file>  init: the proposal, if not a chapter of the note.
  --background <file>  init: a background document or the consultation page (may be repeated).
  --debug            Show the stack of internal errors.
  -h, --help         Show this help.
  -V, --version      Show the version.

Exit codes:
  0  ok
  1  findings at error severity, or stale/missing reports under --check
  2  usage or input errors (a case that cannot be read or parsed, a report that cannot be written)

Environment:
  REGDIFF_TIMINGS=1  Print {"timings":{…},"case":"…"} per case on stderr (milliseconds per phase).
`
