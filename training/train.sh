#!/usr/bin/env bash
# Build the corpus and train models/nl_woo (CPU, fixed seed). Run from anywhere:
#
#   bash training/train.sh
#
# Needs (training time only): spacy==3.8.*, spacy-lookups-data (the Dutch lemma lookup table is copied
# into the model directory, so the trained model does not need spacy-lookups-data at run time).
# Data: ../shared/ner-data relative to the repo root (override with NER_DATA=...).
# Budget: runs under `nice`, single-threaded BLAS, MAX_STEPS=8000 steps: about 30-35 min on one core of the
# 2-core dev machine (corpus build 10 s, initialisation 15 s, training ~32 min), fixed seeds (system.seed 42,
# corpus seed 13, PYTHONHASHSEED=0).
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_STEPS="${MAX_STEPS:-8000}"
NER_DATA="${NER_DATA:-../shared/ner-data}"
OUT="training/output"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

python -c "import spacy_lookups_data" 2>/dev/null || {
  echo "spacy-lookups-data is needed at training time: pip install spacy-lookups-data" >&2; exit 1; }

nice -n 10 python training/build_corpus.py --data "$NER_DATA" --out training/corpus --seed 13
rm -rf "$OUT"
nice -n 10 python -m spacy train training/config.cfg --output "$OUT" \
  --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy \
  --training.max_steps "$MAX_STEPS" --system.seed 42

# Ship model-best, keeping the hand-written model card.
mkdir -p models/nl_woo
find models/nl_woo -mindepth 1 -maxdepth 1 ! -name MODEL_CARD.md -exec rm -rf {} +
cp -r "$OUT"/model-best/. models/nl_woo/
python - <<'EOF'
import json, pathlib
p = pathlib.Path("models/nl_woo/meta.json")
meta = json.loads(p.read_text())
meta.update(name="woo", version="0.1.0", description="Dutch NER (PER/LOC/ORG) + lookup lemmatizer for Woo redaction; see MODEL_CARD.md",
            license="CC BY-SA 4.0 (trained on Wikipedia-derived WikiANN text); see MODEL_CARD.md", author="woo-redact")
p.write_text(json.dumps(meta, indent=2, ensure_ascii=False))
EOF
du -sh models/nl_woo
python training/evaluate.py models/nl_woo
