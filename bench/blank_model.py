"""The `--model` choice of the evaluation scripts: the shipped model, a folder, or `blank` (a blank Dutch
pipeline, to measure what the rules do without the language model)."""

from __future__ import annotations

from pathlib import Path


def model_dir_for(choice: str | None, tmp: Path) -> Path | None:
    """None for the shipped model; a blank pipeline is written into `tmp` first."""
    if choice == "blank":
        import spacy

        model_dir = tmp / "blank"
        spacy.blank("nl").to_disk(model_dir)
        return model_dir
    return Path(choice) if choice else None
