#!/usr/bin/env bash
# Run the Frog teacher over training/frog/text/*.txt (one paragraph a line) and write Frog's tab output to
# training/frog/frogged/NAME.tsv (git-ignored). Training time only: installs Frog from Debian if missing.
# Frog 0.20 + frogdata 0.18 (Debian bookworm, GPL-3+); modules MBMA, parser, chunker, lemmatizer and
# morphology are skipped (--skip=mpcla): NER needs only the tokenizer and the tagger.
set -euo pipefail
cd "$(dirname "$0")"
command -v frog >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y frog frogdata; }
mkdir -p frogged
for f in text/*.txt; do
  name=$(basename "$f" .txt)
  out="frogged/$name.tsv"
  [ -s "$out" ] && [ "$out" -nt "$f" ] && continue
  # a blank line after every paragraph: Frog (ucto) never joins two paragraphs into one sentence
  sed 's/$/\n/' "$f" > "frogged/$name.in"
  start=$(date +%s)
  nice -n 10 frog --skip=mpcla --threads=1 -t "frogged/$name.in" -o "$out" 2> "frogged/$name.log"
  echo "  frog $name: $(wc -w < "$f") words in $(( $(date +%s) - start )) s wall"
  rm -f "frogged/$name.in"
done
