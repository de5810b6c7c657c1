#!/usr/bin/env bash
# Builds the libFuzzer target Fuzz/PeelKitFuzz.swift (with AddressSanitizer) over the
# sources of PeelKit and the layout modules, then fuzzes the whole pipeline
# (input checks → normalise → detect → parse → JSON/CSV) from a corpus seeded with
# Tests/Fixtures/*.txt, their truncations and small variants.
#
#   scripts/fuzz.sh [RUNS] [extra libFuzzer flags…]     e.g. scripts/fuzz.sh 1000000 -max_len=8192
#
# Environment: MAX_LEN (default 300000), BUILD_DIR (default .build-fuzz), CORPUS
# (default BUILD_DIR/corpus), ARTIFACTS (default BUILD_DIR/artifacts/), REBUILD=1 to
# force a rebuild.
# Crashing inputs land in ARTIFACTS; turn each into a regression test
# (Tests/PeelKitTests/FuzzRegressionTests.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1000000}
shift || true
B=${BUILD_DIR:-.build-fuzz}
MAX_LEN=${MAX_LEN:-300000}
CORPUS=${CORPUS:-$B/corpus}
ARTIFACTS=${ARTIFACTS:-$B/artifacts/}
SWIFTC=${SWIFTC:-swiftc}
FLAGS=(-sanitize=fuzzer,address -parse-as-library -swift-version 6 -package-name peelkit -O -g -I "$B")  # package name: `package` declarations are shared between the modules
mkdir -p "$B" "$CORPUS" "$ARTIFACTS"

sources() { find "$1" -name '*.swift' | sort; }
stamp=$B/peelkit-fuzz
newest=$(find Sources/PeelKit Sources/PeelKitParsers2015 Sources/PeelKitParsers2016 Sources/PeelKitParsers2018 Fuzz -name '*.swift' -newer "$stamp" 2>/dev/null | head -1 || true)
if [ ! -x "$stamp" ] || [ -n "$newest" ] || [ "${REBUILD:-0}" = 1 ]; then
    echo "fuzz.sh: building $stamp" >&2
    for module in PeelKit PeelKitParsers2015 PeelKitParsers2016 PeelKitParsers2018; do
        # shellcheck disable=SC2046
        "$SWIFTC" "${FLAGS[@]}" -module-name "$module" -wmo -c $(sources "Sources/$module") \
            -emit-module -emit-module-path "$B/$module.swiftmodule" -o "$B/$module.o"
    done
    "$SWIFTC" "${FLAGS[@]}" -module-name PeelKitFuzz Fuzz/PeelKitFuzz.swift \
        "$B/PeelKit.o" "$B/PeelKitParsers2015.o" "$B/PeelKitParsers2016.o" "$B/PeelKitParsers2018.o" -use-ld=lld -o "$stamp"
fi

# Seeds: each fixture whole, cut at a few places, and small variants.
if [ -z "$(ls -A "$CORPUS")" ]; then
    for f in Tests/Fixtures/*.txt; do
        name=$(basename "$f" .txt)
        cp "$f" "$CORPUS/$name"
        size=$(wc -c <"$f")
        for part in 2 3 5 8 13; do head -c $((size / part)) "$f" >"$CORPUS/$name.head$part"; done
        head -c 8000 "$f" >"$CORPUS/$name.first8k"
        tail -c 8000 "$f" >"$CORPUS/$name.last8k"
        head -c 20000 "$f" | sed 's/$/\r/' >"$CORPUS/$name.crlf"
        head -c 20000 "$f" | tr 'a-z' 'A-Z' >"$CORPUS/$name.capitals"
        head -c 30000 "$f" | awk 'NR % 40 == 0 { printf "\f" } { print }' >"$CORPUS/$name.pages"
        head -c 20000 "$f" | grep -v '^$' >"$CORPUS/$name.noblank" || true
        # With a small -max_len, the fixtures in pieces of that size as well.
        if [ "$MAX_LEN" -lt "$size" ]; then split -b "$MAX_LEN" -d "$f" "$CORPUS/$name.piece"; fi
    done
    printf '' >"$CORPUS/empty"
    printf '\xef\xbb\xbfPEEL: Police effectiveness 2016\n\xff\xfe bad bytes\n' >"$CORPUS/bom-invalid"
fi

# One-time allocations of static block patterns are not leaks (see Fuzz/lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec "$B/peelkit-fuzz" "$CORPUS" -runs="$RUNS" -max_len="$MAX_LEN" -artifact_prefix="$ARTIFACTS" \
    -print_final_stats=1 "$@"
