/// The command's help text.
enum Usage {
    static let text = """
    peel — structured data from HMIC/HMICFRS PEEL inspection reports

    USAGE
      peel parse FILE… [--json | --jsonl | --csv judgments|improvements] [--format ID] [--pdf]
      peel corpus DIR… [--jobs N] [--jsonl OUT] [--csv judgments|improvements [--csv-out FILE]] [--format ID]
      peel detect FILE…
      peel formats
      peel blocks FILE            show the normalised blocks (for module authors)

    FILE is a UTF-8 text file, a PDF (read with poppler's pdftotext), or - for
    standard input (add --pdf when standard input is a PDF). DIR is searched
    recursively for .txt, .md and .pdf files, read in path order.

    OPTIONS
      --json            pretty JSON (the default); several files give a JSON array
      --jsonl           one JSON object a line (corpus: --jsonl OUT, - for stdout)
      --csv KIND        CSV (RFC 4180): judgments (a row per report × question) or
                        improvements (a row per area for improvement / cause of concern)
      --jobs N          corpus: parallel workers (default: the number of cores)
      --format ID       skip detection and read with this layout (see `peel formats`)
      -h, --help        show this help

    EXIT STATUS
      0 every input parsed, 1 some input failed (named on stderr), 2 usage error
    """
}
