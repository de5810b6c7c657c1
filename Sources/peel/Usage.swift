/// The command's help text.
enum Usage {
    static let text = """
    peel — structured data from HMIC/HMICFRS PEEL inspection reports

    USAGE
      peel parse FILE… [--json | --jsonl | --csv judgments|improvements] [--format ID]
      peel detect FILE…
      peel formats
      peel blocks FILE            show the normalised blocks (for module authors)

    FILE is a UTF-8 text file, or - for standard input.

    OPTIONS
      --json            pretty JSON (the default); several files give a JSON array
      --jsonl           one JSON object a line
      --format ID       skip detection and read with this layout (see `peel formats`)
      -h, --help        show this help

    EXIT STATUS
      0 every input parsed, 1 some input failed (named on stderr), 2 usage error
    """
}
