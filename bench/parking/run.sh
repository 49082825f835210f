#!/usr/bin/env bash
# Builds and runs the parking benchmark; prints its measurements and ratios.
# Usage: bench/parking/run.sh [BUILD_DIR]   (default: build, or $TERRITOIRE_BUILD_DIR)
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir="${1:-${TERRITOIRE_BUILD_DIR:-build}}"
cmake --build "$build_dir" --target bench_parking_nearest -j2
"$build_dir/bench/parking/bench_parking_nearest"
