#!/usr/bin/env bash
# Validates `peel parse` output for every sample in Tests/Fixtures against
# Documentation/report.schema.json (JSON Schema draft 2020-12), and the
# `peel parse --jsonl` output of one sample, line by line.
#
# A sample that `peel parse` refuses (exit status 1: no registered layout reads it,
# e.g. the 2018/19 sample before its module is merged) is skipped and named.
# Any other failure, and any schema violation, fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

schema=Documentation/report.schema.json

if ! python3 -c 'import jsonschema' 2>/dev/null; then
    echo "installing the jsonschema Python package" >&2
    python3 -m pip install --quiet jsonschema >&2 \
        || python3 -m pip install --quiet --break-system-packages jsonschema >&2
fi

swift build --product peel >&2
peel="$(swift build --show-bin-path)/peel"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

validate() {  # validate MODE FILE: MODE is "object" or "lines"
    python3 - "$schema" "$1" "$2" <<'PY'
import json, sys
import jsonschema

schema_path, mode, path = sys.argv[1:4]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

with open(path, encoding="utf-8") as f:
    text = f.read()
if mode == "object":
    documents = [json.loads(text)]
else:
    documents = [json.loads(line) for line in text.splitlines() if line.strip()]
    if not documents:
        sys.exit(f"{path}: no JSON lines")

failed = False
for number, document in enumerate(documents, 1):
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        print(f"  document {number}: {where}: {error.message}", file=sys.stderr)
        failed = True
sys.exit(1 if failed else 0)
PY
}

validated=0
skipped=0
failed=0
first=""
for fixture in Tests/Fixtures/*.txt; do
    name="$(basename "$fixture" .txt)"
    status=0
    "$peel" parse "$fixture" >"$out/$name.json" 2>"$out/$name.err" || status=$?
    if [ "$status" -eq 1 ]; then
        echo "skip  $fixture: $(tr -d '\n' <"$out/$name.err")"
        skipped=$((skipped + 1))
        continue
    elif [ "$status" -ne 0 ]; then
        echo "FAIL  $fixture: peel parse exited with status $status" >&2
        cat "$out/$name.err" >&2
        failed=$((failed + 1))
        continue
    fi
    if validate object "$out/$name.json"; then
        echo "ok    $fixture"
        validated=$((validated + 1))
        [ -n "$first" ] || first="$fixture"
    else
        echo "FAIL  $fixture: does not match $schema" >&2
        failed=$((failed + 1))
    fi
done

# JSON Lines: one compact object a line.
if [ -n "$first" ]; then
    "$peel" parse --jsonl "$first" >"$out/lines.jsonl"
    if validate lines "$out/lines.jsonl"; then
        echo "ok    $first (--jsonl)"
        validated=$((validated + 1))
    else
        echo "FAIL  $first (--jsonl): does not match $schema" >&2
        failed=$((failed + 1))
    fi
fi

echo "schema validation: $validated valid, $skipped skipped (no layout reads them), $failed failed"
[ "$validated" -gt 0 ] || { echo "nothing was validated" >&2; exit 1; }
[ "$failed" -eq 0 ]
