"""Officials by the grammar of meetings, of office and of rulings (issue 10, tenth session, judge10): a group of
names closed by a plural office, the chair in an attendance entry, a bare surname shared by officials only, the
text layer's "ii" for "ij", degrees after a name, a two-column signature run together, a ruling known by its own
opening, the staff after a civil role in a roll call, initials with a comma typo (docs/names-history.md, "Officials by the
grammar of meetings, of office and of rulings (tenth session)"). Every name and body here is invented; the cases
are of the kinds measured, not the measured ones."""

from __future__ import annotations

from redact.model import DetectorKind, Document, Finding, Page

from .judging import role_finder

role_of = role_finder(DetectorKind.NAME_PATTERN)


def _decided(rules, text: str, names: list[str]):
    """The decider's decisions on `text` when the name patterns found only `names` (each at its nth
    occurrence when written twice: "Bos#2" is the second "Bos"; no model)."""
    from redact.decide.policy import Decider

    findings, seen = [], {}
    for n in names:
        value, _, nth = n.partition("#")
        start = -1
        for _ in range(int(nth or 1)):
            start = text.index(value, start + 1)
        seen[n] = start
        findings.append(Finding(1, start, start + len(value), value, "PERSON", 0.85, "person_names", "",
                                DetectorKind.NAME_PATTERN))
    document = Document("x", "x.txt", "txt", (Page(1, text),))
    by_start = {d.finding.start: d.action for d in Decider(rules).decide(document, tuple(findings))
                if d.finding.entity_type == "PERSON"}
    return {n: by_start.get(s) for n, s in seen.items()}


# -- 1. a group of names closed by a plural office ------------------------------------------------------------

_MEMBERS = ["P.J. Hazenberg", "K. Ommeren-Talsma", "W. de Looze", "B.A. Stuivenberg", "T. van Dalen",
            "H.R. Mijnsbergen", "C.W. van der Kolk", "R. Brinkhorst"]


def _board(office: str, close: str, sep: str = " ") -> str:
    """A water board's or council's roll call as one sentence of groups, the second group long (over 600
    characters) with glued titles ("dr.ir.", "mr.drs.") and no comma before its plural office."""
    filler = ", ".join(f"ir. A.{c}. Wendelaar" for c in "BCDEFGHKLMNPRSTVWZ") + ", "
    return ("Waterschap De Lage Landen\nVerslag van de vergadering van het algemeen bestuur\n\n"
            "Aanwezig: mevrouw drs. L. Veldkamp-Roos, voorzitter; de heren P.J. Hazenberg, K. Ommeren-Talsma en "
            "W. de Looze, heemraden; mevrouw mr.drs. B.A. Stuivenberg, de heren " + filler +
            f"dr.ir. T. van Dalen, H.R. Mijnsbergen,{sep}C.W. van der Kolk en R. Brinkhorst {office}{close} "
            "de heer J. Brasser, ambtelijk secretaris; mevrouw E. Tuinman en de heer F. Mossel, notulisten.\n\n"
            "Opening\nDe voorzitter opent de vergadering.\n")


def test_every_name_of_a_group_closed_by_a_plural_office_is_an_official(rules):
    for office, close in (("hoofdingelanden", ";"), ("leden van het algemeen bestuur", ";"), ("wethouders", ";\n"),
                          ("statenleden", ";")):
        text = _board(office, close)
        decided = _decided(rules, text, ["L. Veldkamp-Roos", *_MEMBERS, "J. Brasser", "E. Tuinman", "F. Mossel"])
        assert {n: decided[n] for n in ["L. Veldkamp-Roos", *_MEMBERS]} == {
            n: "keep" for n in ["L. Veldkamp-Roos", *_MEMBERS]}, office
        # the groups closed by a civil role stay redacted
        assert {n: decided[n] for n in ("J. Brasser", "E. Tuinman", "F. Mossel")} == {
            "J. Brasser": "redact", "E. Tuinman": "redact", "F. Mossel": "redact"}, office


def test_a_group_closed_without_its_comma_but_no_entry_with_a_role_of_its_own_nor_a_sentence(rules):
    text = ("Verslag van de vergadering van de gemeenteraad van Zuidhaven\n\n"
            "Aanwezig: de heer P. Stam, beleidsadviseur; mevrouw K. Brasser, griffier, de heren A. Hazenberg en "
            "B. de Looze wethouders.\n\n"
            "Mevrouw Tuinman en de heer Mossel wethouders van een buurgemeente hebben gebeld.\n")
    assert _decided(rules, text, ["P. Stam", "K. Brasser", "A. Hazenberg", "B. de Looze", "Tuinman", "Mossel"]) == {
        "P. Stam": "redact", "K. Brasser": "redact", "A. Hazenberg": "keep", "B. de Looze": "keep", "Tuinman": "redact", "Mossel": "redact"}


# -- 2. a bare surname that fits several officials only; the text layer's "ii" -----------------------------

def test_later_bare_mentions_follow_the_members_of_a_group(rules):
    text = _board("hoofdingelanden", ";") + (
        "De heer Van Dalen vraagt naar de begroting. De heer Brinkhorst en mevrouw Stuivenberg steunen hem. "
        "De heer Miinsbergen stelt voor de stukken te splitsen.\n")
    decided = _decided(rules, text, [*_MEMBERS, "Van Dalen", "Brinkhorst#2", "Stuivenberg#2", "Miinsbergen"])
    assert {n: decided[n] for n in ("Van Dalen", "Brinkhorst#2", "Stuivenberg#2", "Miinsbergen")} == {
        "Van Dalen": "keep", "Brinkhorst#2": "keep", "Stuivenberg#2": "keep", "Miinsbergen": "keep"}


def test_a_bare_surname_shared_by_officials_only_is_kept(rules):
    base = ("Verslag van de vergadering van de gemeenteraad van Zuidhaven\n\nAanwezig: de heren A. Rensink en "
            "K. Rensink, wethouders; de heer P. Rensink, {role}.\n\nDe heer Rensink licht het voorstel toe.\n")
    text = base.format(role="burgemeester")
    assert _decided(rules, text, ["A. Rensink", "K. Rensink", "P. Rensink", "Rensink#4"])["Rensink#4"] == "keep"
    # one of them a civil servant: whichever is meant may be him, the bare mention stays redacted
    text = base.format(role="beleidsmedewerker")
    assert _decided(rules, text, ["A. Rensink", "K. Rensink", "P. Rensink", "Rensink#4"])["Rensink#4"] == "redact"


# -- 3. degrees after a name, the office on the next line or after a comma ---------------------------------

def test_a_degree_after_the_name_does_not_break_its_office(roles):
    for block in ("Aldus besloten.\n\nmr. A.B. Korteweg MBA\ndijkgraaf\n", "Aldus besloten.\n\nir. A.B. Korteweg MSc LLM\n"
                  "burgemeester\n", "Namens het college: drs. A.B. Korteweg MPA, wethouder van Zuidhaven.\n"):
        assert role_of(roles, block, "A.B. Korteweg").action == "keep", block
    assert role_of(roles, "Aldus besloten.\n\nir. A.B. Korteweg MSc\nbeleidsadviseur\n", "A.B. Korteweg").action == "redact"


def test_the_chair_of_a_two_column_signature_run_together(roles):
    for body, roles_line, chair, other in (
            ("Het algemeen bestuur van waterschap De Lage Landen,", "de secretaris, de voorzitter,", "C. Mol", "A. Bos"),
            ("De raad van de gemeente Zuidhaven,", "de voorzitter, de griffier,", "A. Bos", "C. Mol")):
        text = f"Aldus vastgesteld in de openbare vergadering.\n\n{body}\n{roles_line}\nir. A. Bos drs. C. Mol MBA\n\nBijlage 1\n"
        assert role_of(roles, text, chair).action == "keep", roles_line
        assert role_of(roles, text, other).action == "redact", roles_line
    # two names under a line that names no body's chair: no signature of a chair
    text = "Met vriendelijke groet,\nde secretaris, de penningmeester,\nir. A. Bos drs. C. Mol\n"
    assert role_of(roles, text, "C. Mol").action == "redact"


# -- 4. a ruling known by its own opening -------------------------------------------------------------------

_RULING = ("{head}\n\nUitspraak in het geding tussen:\n\nhet college van burgemeester en wethouders van Zuidhaven,\n"
           "appellant,\n\nen\n\nhet college van gedeputeerde staten van Oostmark,\nverweerder.\n\n"
           "De zaak is ter zitting behandeld, waar het college, vertegenwoordigd door mr. R.T. Kloosterboer, advocaat te "
           "Zwolle, en verweerder, vertegenwoordigd door J. Ommeren en W.P. Stoutjesdijk, beiden werkzaam bij de "
           "provincie, zijn verschenen.\n")


def test_representatives_in_a_ruling_without_its_ecli_are_kept(roles):
    for head in ("201301234/1/R2.\nDatum uitspraak: 4 juni 2014\nAFDELING\nBESTUURSRECHTSPRAAK",
                 "Zaaknummer 14/2201\nRAAD VAN STATE"):
        text = _RULING.format(head=head)
        for name in ("R.T. Kloosterboer", "J. Ommeren", "W.P. Stoutjesdijk"):
            assert role_of(roles, text, name).action == "keep", (head, name)
    # a letter that tells who represents a company is no ruling
    text = ("Geachte heer, mevrouw,\n\nUw bezwaar is ontvangen. U wordt vertegenwoordigd door mr. R.T. Kloosterboer, "
            "advocaat te Zwolle.\n")
    assert role_of(roles, text, "R.T. Kloosterboer").action == "redact"


# -- 5. the staff after a civil role in a roll call; initials with a comma typo ---------------------------

def test_names_after_a_civil_role_in_parentheses_are_staff(rules):
    text = ("Verslag van de statencommissie Bestuur\n\nAanwezig zijn: mevrouw A. Wiersma (CDA, voorzitter), de heren "
            "B. Hofstede (VVD), C. Kooistra (PvdA), D. Tjoelker (gedeputeerde), E. Brasser (secretaris), F. Mossel, "
            "G. Tuinman, H. Veenstra (griffier) en mevrouw K. Laan (notulist).\n")
    decided = _decided(rules, text, ["B. Hofstede", "D. Tjoelker", "F. Mossel", "G. Tuinman"])
    assert decided == {"B. Hofstede": "keep", "D. Tjoelker": "keep", "F. Mossel": "redact", "G. Tuinman": "redact"}


def test_initials_with_a_comma_typo_are_part_of_the_name(redacted):
    # surnames no list knows: before, the courtesy title did not reach them over "B.K," and they stayed visible
    text = ("Lijst van aanwezigen bij de jubileumreceptie\n\n12. De Heer A.J. Smit, timmerman; 13. De Heer B.K, Vlemx, "
            "gemeentewerkman; 14. De Heer H.J, Poelx, gemeentewerkman; 15. De Heer W. Dekker, opzichter;\n")
    out, _ = redacted(text)
    for part in ("Vlemx", "Poelx", "B.K,", "H.J,"):
        assert part not in out, part
