"""Officials by the grammar of meetings (issue 10, tenth session, second round, judge11): labels of a
minutes' header that ran together before their values, each value a group opened by a courtesy title
(docs/names-history.md, "Officials and names the judgement misses (tenth session, second round)"). Every name and
body here is invented; the cases are of the kinds measured, not the measured ones."""

from __future__ import annotations

from .test_office_tenth import _decided

_HEAD = "Notulen van de openbare vergadering van de raad van de gemeente Zuiderveen, gehouden op 4 maart "


def test_labels_run_together_give_each_value_group_its_own_label(rules):
    # the minute taker is the last group: a civil servant, the chair and the aldermen stay
    for sep in (" ", "\n"):
        text = (_HEAD + "Voorzitter: Wethouders: Griffier: Notulist:" + sep + "De heer R.J. Olthof" + sep +
                "Mevrouw P. Gerritsma-Bos, de heer T. Wubben en mevrouw A. Keizer" + sep + "De heer H. Landstra" +
                sep + "Mevrouw J.W. Pronk" + sep + "1. Opening De voorzitter opent de vergadering.\n")
        decided = _decided(rules, text, ["R.J. Olthof", "P. Gerritsma-Bos", "T. Wubben", "A. Keizer",
                                         "J.W. Pronk"])
        assert decided["J.W. Pronk"] == "redact", sep
        assert {n: decided[n] for n in ["R.J. Olthof", "P. Gerritsma-Bos", "T. Wubben", "A. Keizer"]} == {
            n: "keep" for n in ["R.J. Olthof", "P. Gerritsma-Bos", "T. Wubben", "A. Keizer"]}, sep


def test_a_civil_label_in_the_middle_of_the_run_takes_its_group(rules):
    text = (_HEAD + "Voorzitter: Verslag: Wethouder: Dhr. K. Bouma Mw. S. de Ruiter Dhr. L. Zandstra "
            "2. Mededelingen Er zijn geen mededelingen.\n")
    decided = _decided(rules, text, ["K. Bouma", "S. de Ruiter", "L. Zandstra"])
    assert decided == {"K. Bouma": "keep", "S. de Ruiter": "redact", "L. Zandstra": "keep"}


def _decided_all(rules, text: str, names: list[str]) -> dict[str, str | None]:
    """As `_decided`, with the items the decider added itself (a list's unfound names) by their text."""
    from redact.decide.policy import Decider
    from redact.model import DetectorKind, Document, Finding, Page

    findings = [Finding(1, text.index(n), text.index(n) + len(n), n, "PERSON", 0.85, "person_names", "",
                        DetectorKind.NAME_PATTERN) for n in names]
    document = Document("x", "x.txt", "txt", (Page(1, text),))
    return {d.finding.text: d.action for d in Decider(rules).decide(document, tuple(findings))
            if d.finding.entity_type == "PERSON"}


def test_an_author_list_broken_over_lines_keeps_its_unfound_initialled_name(rules):
    # the item after the line break has one initial and a surname no detector knows
    for gap in (",\n\n", ",\n", ";\n"):
        text = ("Onderzoeksrapport 41\n\nA.J. Terpstra, W. Oostindie" + gap + "K. Vrielink & M.R.T. Haverkamp\n\n"
                "Een verkenning van het beheer van sloten\n")
        decided = _decided_all(rules, text, ["A.J. Terpstra", "W. Oostindie", "M.R.T. Haverkamp"])
        assert decided.get("K. Vrielink") == "redact", gap
