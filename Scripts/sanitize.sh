#!/usr/bin/env bash
# The test suite under sanitizers, each in a build folder of its own:
#   Scripts/sanitize.sh [address|thread]     (default: both)
# address: every test under AddressSanitizer (swiftc on Linux refuses -sanitize=undefined;
#          Swift itself traps overflow, out-of-bounds and force-unwrap faults);
# thread:  the daemon's tests (LotseServerTests) under ThreadSanitizer.
# Not part of CI's time budget; figures in docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
if [ "$which" = address ] || [ "$which" = both ]; then
  ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 swift test --scratch-path .build-asan --sanitize=address
fi
if [ "$which" = thread ] || [ "$which" = both ]; then
  TSAN_OPTIONS=halt_on_error=1 swift test --scratch-path .build-tsan --sanitize=thread --filter LotseServerTests
fi
