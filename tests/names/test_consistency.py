"""Consistency: a name found once is redacted everywhere, short forms included, across the dossier."""

from __future__ import annotations

import json

import spacy
from click.testing import CliRunner

from redact.cli import main
from redact.decide.propagate import NameForms


def test_short_forms_in_the_document(redacted):
    out, _ = redacted("Van: Jansen, J. (Jan) <j.jansen@minbzk.nl>\nAan: Vries, P. de (Pieter) <p.de.vries@minbzk.nl>\n"
                      "Onderwerp: aanvraag\n\nPieter, kun jij dit nagaan? Als De Vries dat bevestigt, is het klaar.\n"
                      "Jansen stuurt de brief. Volgens de Vries ook.\n")
    for value in ("Jansen", "Pieter", "De Vries", "de Vries"):
        assert value not in out, out


def test_first_name_alone_only_when_unambiguous(lexicon):
    from redact.model import Decision, Finding

    def d(text):
        return Decision(Finding(1, 0, len(text), text, "PERSON", 0.9, "x"), "redact", "5.1.2e", "")

    forms = NameForms(lexicon)
    one = forms.short_forms([d("Jan Jansen"), d("Samira Ouali")])
    assert {"Jansen", "Jan", "Ouali", "Samira"} <= set(one)
    two = forms.short_forms([d("Jan Jansen"), d("Jan Bakker")])
    assert "Jan" not in two and {"Jansen", "Bakker"} <= set(two)
    assert forms.parts("Vries, P. de (Pieter)") == ("Pieter", "de Vries")
    assert forms.parts("mevrouw drs. K. Scholtens") == (None, "Scholtens")
    # the paraph a person signs action items with
    assert forms.short_forms([d("Lars Hovius")]).keys() >= {"LH"}
    assert forms.short_forms([d("Jeroen de Vries")]).keys() >= {"JdV", "de Vries", "De Vries"}


def _blank_model(tmp_path):
    model = tmp_path / "blank"
    spacy.blank("nl").to_disk(model)  # rules only: what is found in b.txt comes from a.txt
    return model


def test_dossier_wide_through_run(tmp_path):
    src = tmp_path / "dossier"
    src.mkdir()
    (src / "a.txt").write_text("Van: Ouali, S. (Samira) <s.ouali@minbzk.nl>\nOnderwerp: subsidie\n\nDe aanvraag is binnen.\n",
                               encoding="utf-8")
    (src / "b.txt").write_text("Verslag\n\nHet advies van Ouali is positief; de aanvraag gaat door.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-j", "1",
                                       "--model", str(_blank_model(tmp_path))])
    assert result.exit_code == 0, result.output
    b = (out / "b.txt").read_text(encoding="utf-8")
    assert "Ouali" not in b and "[5.1.2e]" in b
    log = [json.loads(line) for line in (out / "redactielog.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(e["document"] == "b.txt" and e["detector"] == "propagation" for e in log)


def test_keep_names_option(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "nota.txt").write_text("Contactpersoon: Hendrik Zandvliet\n\nDe nota gaat naar Zandvliet.\n", encoding="utf-8")
    keep = tmp_path / "functionarissen.txt"
    keep.write_text("Hendrik Zandvliet\n", encoding="utf-8")
    out = tmp_path / "out"
    model = _blank_model(tmp_path)
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-j", "1", "--model", str(model)])
    assert result.exit_code == 0, result.output
    assert "Zandvliet" not in (out / "nota.txt").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(tmp_path / "out2"), "-j", "1",
                                       "--model", str(model), "--keep-names", str(keep)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out2" / "nota.txt").read_text(encoding="utf-8").count("Zandvliet") == 2


def test_a_surname_short_form_does_not_enter_a_double_surname(redacted):
    out, _ = redacted("Gert Jan Mulder vraagt naar de normen. Wethouder Kleinjan-Mulder antwoordt. Mulder is tevreden.\n")
    assert "Kleinjan-Mulder antwoordt" in out
    assert "Mulder is tevreden" not in out
