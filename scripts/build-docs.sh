#!/usr/bin/env bash
# Builds the DocC documentation of PeelKit with the toolchain's own `docc`, without
# the swift-docc-plugin (PeelKit has no package dependencies):
#   1. build the PeelKit module (an ordinary debug build: nothing is rebuilt twice);
#   2. extract its public symbol graph from the built module;
#   3. convert the catalog Sources/PeelKit/PeelKit.docc with that symbol graph,
#      treating every warning as an error.
# Output: .build/docc-out (a static site; open .build/docc-out/documentation/peelkit/index.html
# through a web server, or pass --hosting-base-path for a sub-path).
set -euo pipefail
cd "$(dirname "$0")/.."

symbols=.build/symbol-graphs
output=.build/docc-out

swift build --target PeelKit
modules="$(swift build --show-bin-path)/Modules"
triple="$(swift -print-target-info | python3 -c 'import json, sys; print(json.load(sys.stdin)["target"]["triple"])')"

rm -rf "$symbols" "$output"
mkdir -p "$symbols"
swift symbolgraph-extract -module-name PeelKit -I "$modules" -target "$triple" \
    -minimum-access-level public -output-dir "$symbols"

docc convert Sources/PeelKit/PeelKit.docc \
    --additional-symbol-graph-dir "$symbols" \
    --fallback-display-name PeelKit \
    --fallback-bundle-identifier org.peelkit.PeelKit \
    --output-path "$output" \
    --warnings-as-errors "$@"
