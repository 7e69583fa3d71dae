#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer under AddressSanitizer:
#   Scripts/fuzz.sh TARGET SECONDS      TARGET: client-lines | conditions | dialogs | transcripts
# Builds Fuzz/ (its own package, never built by swift build or CI), seeds a corpus from the
# bundled files, runs for SECONDS and keeps what it found in Fuzz/corpus/TARGET (crashes as
# Fuzz/crashes/TARGET-*). Exit status non-zero when libFuzzer found a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Scripts/fuzz.sh client-lines|conditions|dialogs|transcripts SECONDS}
seconds=${2:?usage: Scripts/fuzz.sh TARGET SECONDS}
case "$target" in
  client-lines) product=FuzzClientLines ;;
  conditions) product=FuzzConditions ;;
  dialogs) product=FuzzDialogs ;;
  transcripts) product=FuzzTranscripts ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac

(cd Fuzz && swift build -c release --sanitize=fuzzer --sanitize=address --product "$product" >&2)
binary=Fuzz/.build/release/$product

corpus=Fuzz/corpus/$target
mkdir -p "$corpus" Fuzz/crashes
if [ -z "$(ls -A "$corpus")" ]; then
  case "$target" in
    client-lines)  # each transcript's typed lines, as one session
      for file in Dialogs/tests/*.chat; do grep '^>' "$file" | sed -E 's/^> ?//' > "$corpus/$(basename "$file")" || true; done ;;
    conditions)    # every condition of the rules, branches and directory
      grep -hE '^\s+(- )?when: ' Dialogs/rules.yaml Dialogs/directory.yaml Dialogs/flows/*.yaml \
        | sed -E 's/^\s+(- )?when: //' | sort -u | split -l 1 - "$corpus/when-" ;;
    dialogs)       # each bundled file, behind a byte that picks which file it replaces
      index=0
      for file in Dialogs/rules.yaml Dialogs/directory.yaml Dialogs/situation.yaml Dialogs/flows/young.yaml \
                  Dialogs/texts/en.yaml Dialogs/messages.yaml Dialogs/dialog.yaml; do
        { printf "\\$(printf '%03o' "$index")"; cat "$file"; } > "$corpus/file-$index"; index=$((index + 1))
      done ;;
    transcripts) cp Dialogs/tests/*.chat "$corpus/" ;;
  esac
fi

# No leak detection, while fuzzing nor at exit: LeakSanitizer reports the bundled dialog,
# loaded once into a static, as leaked (the parsed conditions' indirect enum boxes, which it
# apparently cannot trace from the static), and would turn every run's exit status into a "crash".
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} exec "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
  -artifact_prefix="Fuzz/crashes/$target-" -print_final_stats=1
