"""The annex's per-document chart names each document by its whole ID: with `--request` every ID
starts with the same kenmerk, so a label cut to fit would make the bars indistinguishable."""

from __future__ import annotations

import pymupdf

from redact.report.annex import Annex, annex_pdf


def test_request_ids_are_written_whole_on_the_bars():
    ids = [f"2024-017-{n:04d}" for n in range(1, 13)] + ["2024-017-0013.1"]
    annex = Annex(documents=len(ids), judgements=(("Deels openbaar", len(ids)),),
                  grounds=(("5.1.2e", "eerbiediging van de persoonlijke levenssfeer", 91),),
                  per_document=tuple((i, 20 - k) for k, i in enumerate(ids)), not_disclosed=(),
                  duplicates_left_out=0)
    with pymupdf.open(stream=annex_pdf(annex, "2026-12-02"), filetype="pdf") as doc:
        words = {w[4] for w in doc[0].get_text("words")}
    shown = ids[:12]  # the rest is summed up in a line below the chart
    assert all(i in words for i in shown), sorted(words)
