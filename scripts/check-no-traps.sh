#!/usr/bin/env bash
# Fails, listing file:line, when Swift sources hold a construct that can trap at run
# time on some input: fatalError(, try!, as!, preconditionFailure(, precondition(,
# assert(, and force unwraps (`.first!`, `x!.`, `)!`, `]!`, `name!` not followed by
# `=`). Comments and the text of string literals are ignored (interpolations
# `\(…)` are checked). Usage: scripts/check-no-traps.sh [DIR…]   (default: Sources)
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(Sources)

files=$(find "${dirs[@]}" -name '*.swift' -type f | sort)
[ -z "$files" ] && { echo "check-no-traps: no Swift files under ${dirs[*]}" >&2; exit 2; }

# Pass 1 (awk): blank out comments and string-literal text, keeping line numbers and
# interpolated code. Pass 2 (grep): look for the trapping constructs in what is left.
# shellcheck disable=SC2086
hits=$(awk '
FNR == 1 { block = 0; str = 0; multi = 0; depth = 0 }
{
    line = $0; out = ""; n = length(line); i = 1
    if (str && !multi) { str = 0; depth = 0 }   # a single-line string never spans lines
    while (i <= n) {
        c = substr(line, i, 1); c2 = substr(line, i, 2); c3 = substr(line, i, 3)
        if (block) {                                   # inside /* … */
            if (c2 == "*/") { block = 0; i += 2 } else i++
            continue
        }
        if (str && depth == 0) {                       # string text: skip it
            if (c == "\\" && substr(line, i + 1, 1) == "(") { depth = 1; out = out "("; i += 2; continue }
            if (c == "\\") { i += 2; continue }
            if (multi && c3 == "\"\"\"") { str = 0; multi = 0; out = out "\"\""; i += 3; continue }
            if (!multi && c == "\"") { str = 0; out = out "\""; i++; continue }
            i++; continue
        }
        # code (top level, or inside an interpolation)
        if (c2 == "//") break
        if (c2 == "/*") { block = 1; i += 2; continue }
        if (c3 == "\"\"\"" && !str) { str = 1; multi = 1; out = out "\"\""; i += 3; continue }
        if (c == "\"" && !str) { str = 1; multi = 0; out = out "\""; i++; continue }
        if (str && depth > 0) {
            if (c == "(") depth++
            if (c == ")") { depth--; if (depth == 0) { out = out ")"; i++; continue } }
        }
        out = out c; i++
    }
    print FILENAME ":" FNR ": " out
}' $files | grep -E ':[0-9]+:.*(fatalError\(|try!|as!|preconditionFailure\(|(^|[^A-Za-z0-9_])precondition\(|(^|[^A-Za-z0-9_])assert\(|\.first!|!\.|\)!($|[^=])|\]!($|[^=])|[A-Za-z0-9_]!($|[^=]))' || true)

if [ -n "$hits" ]; then
    echo "check-no-traps: constructs that can trap at run time:" >&2
    echo "$hits" | sed -E 's/^([^:]+:[0-9]+):[[:space:]]*/\1: /' >&2
    exit 1
fi
echo "check-no-traps: no trapping constructs in ${dirs[*]} ($(echo "$files" | wc -l) files)"
