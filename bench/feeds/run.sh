#!/usr/bin/env bash
# Builds and runs the feeds benchmark (uses the loopback mock server, python3 needed).
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir="${TERRITOIRE_BUILD_DIR:-build}"
cmake --build "$build_dir" --target bench_feeds -j2 >/dev/null
"$build_dir/bench/feeds/bench_feeds"
