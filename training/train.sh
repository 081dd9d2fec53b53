#!/usr/bin/env bash
# Build the corpus and train models/nl_woo (v5: WikiANN + Europeana + generated Woo documents, parliamentary
# and council structures and negatives + Frog silver labels on real public-sector text; CPU, fixed seeds).
# v5 fine-tunes the shipped v3 (materialised from git at V3_COMMIT into training/base-v3) with
# training/config_v5.cfg; V5=0 trains v4's recipe from scratch with training/config.cfg. Run from anywhere:
#
#   bash training/train.sh                      # trains into training/output, evaluates, does not ship
#   SHIP=1 bash training/train.sh               # also copies model-best to models/nl_woo (keeps MODEL_CARD.md)
#   MIRROR=/work/.mirror bash training/train.sh # first re-extracts the source texts (training/frog/SOURCES.md)
#
# Needs (training time only): spacy==3.8.*, spacy-lookups-data (the Dutch lemma lookup table is copied
# into the model directory, so the trained model does not need spacy-lookups-data at run time), and Frog
# from Debian (`apt-get install frog frogdata`, installed by training/frog/run_frog.sh when missing) to
# relabel training/frog/text/. Frog is never used at run time.
# Data: ../shared/ner-data relative to the repo root (override with NER_DATA=...).
# Steps: [extract texts] -> Frog (about 15 min for 460k words on the busy machine) -> silver.jsonl
#        -> build_corpus -> spacy train.
# Budget: runs under `nice`, single-threaded BLAS. v4: MAX_STEPS=6000 steps from scratch, 30-45 min on one core
# of the 2-core dev machine. v5: fine-tuning from v3, MAX_STEPS (see MODEL_CARD.md, v5) at about 1 s a step
# on the shared machine (load 5-12). Fixed seeds (system.seed 42, corpus seed 13, PYTHONHASHSEED=0).
set -euo pipefail
cd "$(dirname "$0")/.."

V5="${V5:-1}"
V3_COMMIT=e6cdc5a8741660c6b36d1d8c8be4a97d3c0c3d69   # "nl_woo v3": the model v5 starts from
if [ "$V5" = 1 ]; then
  MAX_STEPS="${MAX_STEPS:-1600}"; CONFIG=training/config_v5.cfg; N_DOMAIN=12000; VERSION=0.5.0
else
  MAX_STEPS="${MAX_STEPS:-6000}"; CONFIG=training/config.cfg; N_DOMAIN=9000; VERSION=0.4.0
fi
NER_DATA="${NER_DATA:-../shared/ner-data}"
OUT="${OUT:-training/output}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

python -c "import spacy_lookups_data" 2>/dev/null || {
  echo "spacy-lookups-data is needed at training time: pip install spacy-lookups-data" >&2; exit 1; }

if [ -n "${MIRROR:-}" ]; then
  python training/frog/extract_sources.py --mirror "$MIRROR"
fi
bash training/frog/run_frog.sh
# v4's sources -> silver.jsonl (unchanged); the v5 laws text -> silver-laws.jsonl (build_corpus reads both)
nice -n 10 python training/frog/silver.py --exclude laws-kb-beleidsregels --out training/frog/silver.jsonl
nice -n 10 python training/frog/silver.py --only laws-kb-beleidsregels --out training/frog/silver-laws.jsonl
if [ "$V5" = 1 ]; then
  rm -rf training/base-v3 && mkdir -p training/base-v3
  git archive "$V3_COMMIT" models/nl_woo | tar -x -C training/base-v3 --strip-components=2
fi
V5_FLAG=(); [ "$V5" = 1 ] || V5_FLAG=(--no-v5)
nice -n 10 python training/build_corpus.py --data "$NER_DATA" --out training/corpus --seed 13 \
  --n-domain "$N_DOMAIN" "${V5_FLAG[@]}"
rm -rf "$OUT"
nice -n 10 python -m spacy train "$CONFIG" --output "$OUT" \
  --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy \
  --training.max_steps "$MAX_STEPS" --system.seed 42

python - "$OUT/model-best" "$VERSION" <<'EOF'
import json, pathlib, sys
p = pathlib.Path(sys.argv[1]) / "meta.json"
meta = json.loads(p.read_text())
meta.update(name="woo", version=sys.argv[2], description="Dutch NER (PER/LOC/ORG) + lookup lemmatizer for Woo redaction; see MODEL_CARD.md",
            license="CC BY-SA 4.0 (trained on Wikipedia-derived WikiANN text); see MODEL_CARD.md", author="woo-redact")
p.write_text(json.dumps(meta, indent=2, ensure_ascii=False))
EOF
du -sh "$OUT/model-best"
python training/evaluate.py "$OUT/model-best"

if [ "${SHIP:-0}" = 1 ]; then
  # Ship model-best, keeping the hand-written model card.
  mkdir -p models/nl_woo
  find models/nl_woo -mindepth 1 -maxdepth 1 ! -name MODEL_CARD.md -exec rm -rf {} +
  cp -r "$OUT"/model-best/. models/nl_woo/
  du -sh models/nl_woo
fi
