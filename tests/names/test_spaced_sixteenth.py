"""Letter-spaced text (issue 10, twelfth session, second round): a run of single letters joined by single
spaces ("H. B R O U W E R", "A N N E K E  M U L D E R") is read as the word it spells (redact/detect/spaced.py),
so that the name detectors judge it as any other word, and a name found on it goes under one box from its
first letter to its last. The other side: spaced headings, acronyms, table columns of single letters and OCR
noise stay visible. Every name, body and place here is invented (docs/names-history.md, "Letter-spaced text
(twelfth session, second round)")."""

from __future__ import annotations

import pymupdf
import pytest

from redact.detect.spaced import Settings, SpacedNames, SpacedReader
from redact.errors import RulesError
from redact.model import Page
from redact.readings import spans
from tests.leak.readback import EXTRACTORS, squash

from .test_organisation_ninth import covered, decisions

LABEL = "[5.1.2e]"


def one_box(pipeline, text: str, value: str) -> bool:
    """One redaction covers `value` (its first occurrence) whole, spaces and all."""
    at = text.index(value)
    return any(d.action == "redact" and d.finding.start <= at and at + len(value) <= d.finding.end
               for d in decisions(pipeline, text))


# -- the reading ---------------------------------------------------------------------------------------------

def _read(lexicon, text: str):
    return SpacedReader(lexicon).read(Page(1, text))


@pytest.mark.parametrize("text, reading", [
    ("Rapport | 4471 E. S T A A L\n", "Rapport | 4471 E. Staal\n"),
    ("A N N E K E  M U L D E R\n", "Anneke Mulder\n"),  # the words of a spaced line stand one space apart
    ("Mr.  J.  V A N  D E N  B E R G\n", "Mr. J. van den Berg\n"),
    ("M R .  H.  B R O U W E R\n", "mr. H. Brouwer\n"),
    ("K .  P O S T M A\n", "K. Postma\n"),
    ("Zie  hier.\nB E S L U I T  van  de  raad\n", "Zie  hier.\nBesluit van de raad\n"),  # spaces of its line only
    ("drs. P. H o e k s t r a\n", "drs. P. Hoekstra\n"),
    ("E. S T A A L u v [iNTER\n", "E. Staal uv [iNTER\n"),  # a case change ends a run
    ("I J S S E L M O N D E\n", "IJsselmonde\n"),
    ("Den Haag D E zaal\nB E S L U I T\n", "Den Haag D E zaal\nBesluit\n"),  # two letters alone: no run
])
def test_a_run_of_spaced_letters_reads_as_the_word_it_spells(lexicon, text, reading):
    assert _read(lexicon, text).reading.text == reading


@pytest.mark.parametrize("text", [
    "Geen letters met spaties hier.\n", "De a en de b van artikel 3.\n", "ruimte A B en C D\n",
    "J. Jansen en K. de Vries\n", "S.T.A.A.L.\n",
])
def test_text_without_a_run_has_no_spaced_reading(lexicon, text):
    assert _read(lexicon, text) is None


def test_each_letter_of_a_spelled_word_keeps_its_place_and_a_finding_maps_back_to_the_whole_run(lexicon):
    page = Page(3, "Kenmerk 12 W.  K U I P E R S  x\n")
    spaced = SpacedReader(lexicon).read(page)
    s, e = spaced.words[0]
    assert spaced.reading.text[s:e] == "Kuipers"
    assert [spaced.reading.origin[k][1] for k in range(s, e)] == [page.text.index("K U"), *range(
        page.text.index("U I"), page.text.index("S  x") + 1, 2)]
    name = spaced.reading.text.index("W.")
    [(number, start, end)] = spans(spaced.reading, name, e, {3: page})
    assert (number, page.text[start:end]) == (3, "W.  K U I P E R S")


def test_the_settings_are_read_from_the_policy_and_checked():
    assert Settings.from_policy({"spaced_letters": {"min_letters": 4}}).min_letters == 4
    assert Settings.from_policy({}) == Settings()
    for wrong in ({"min_leters": 3}, {"min_letters": "3"}, {"min_letters": 0}, {"enabled": 1}, ["min_letters"]):
        with pytest.raises(RulesError):
            Settings.from_policy({"spaced_letters": wrong})


def test_the_rule_sets_policy_sets_the_spaced_reading(rules):
    assert Settings.from_policy(rules.policy.names) == Settings(True, 3, 5)


@pytest.mark.parametrize("words, accepted", [
    ("Brouwer", True), ("Anneke", True), ("van", True), ("mr", True), ("E", True), ("Tjeerdema", True),
    ("Besluit", False), ("Inhoud", False), ("Gemeente", False), ("Bzk", False), ("Jnnj", False), ("Zwolle", False),
    ("Abn", False), ("Lill", False),
])
def test_a_spelled_word_counts_as_a_name_part_when_listed_or_like_an_unlisted_name(lexicon, words, accepted):
    # beside a run, so that a word of one or two letters is read too; judged alone
    spaced = _read(lexicon, " ".join(words.upper()) + "  B R O U W E R\n")
    start, end = spaced.words[0]
    assert SpacedNames(lexicon).accepts(spaced, start, end) is accepted


# -- names in letter-spaced text go, under one box -----------------------------------------------------------

SPACED_NAMES = {
    "initials_in_a_letterhead_with_ocr_noise_after": (
        "Adviesbureau Noordrand | 4471 M k. H. B R O U W E R u v [iNTERIM\n\nRapport over het toezicht\n",
        "H. B R O U W E R"),
    "a_spaced_title_and_initials": (
        "M R .  W.  D E K K E R\nAdvocaat\n\nIn de zaak van de gemeente Oosterhaven.\n", "M R .  W.  D E K K E R"),
    "first_name_and_surname_in_a_signature_block": (
        "Wij zien uw reactie graag tegemoet.\n\nMet vriendelijke groet,\n\nA N N E K E  M U L D E R\nadviseur\n",
        "A N N E K E  M U L D E R"),
    "a_title_case_spaced_surname_after_initials": (
        "Opgemaakt door drs. P. H o e k s t r a op 3 maart 2031.\n", "P. H o e k s t r a"),
    "spaced_tussenvoegsels_after_initials": (
        "Aan het college\n\nJ.  V A N  D E N  B E R G\nInterim-manager\n", "J.  V A N  D E N  B E R G"),
    "a_spaced_initial_before_a_spaced_surname": (
        "Rapportage 2031\n\nK .  P O S T M A\n\nInleiding\n", "K .  P O S T M A"),
    "a_surname_that_is_also_an_ordinary_word_after_initials": (
        "Kenmerk 2031-18 | ir. B. S T A A L\n", "B. S T A A L"),
    "a_courtesy_title_then_a_spaced_full_name": (
        "Contactpersoon: mevrouw  S J O E R D J E  W O L T E R S\n", "S J O E R D J E  W O L T E R S"),
    "an_unlisted_surname_after_initials": (
        "Bijlage bij de brief van T.  T J E E R D E M A  aan de raad.\n", "T.  T J E E R D E M A"),
    "a_spaced_first_name_before_a_written_surname": (
        "Met vriendelijke groet,\n\nW I L L E M  Kuipers\n", "W I L L E M  Kuipers"),
    "the_letterhead_of_a_page_after_the_name_in_full": (
        "Onderzoek naar de handhaving\n\nMarco Vlietstra\n\nmaart 2031\n\nVerslag | M. V L I E T S T R A\n"
        "Inleiding\n", "M. V L I E T S T R A"),
}


@pytest.mark.parametrize("case", sorted(SPACED_NAMES))
def test_a_name_in_letter_spaced_text_goes_whole_under_one_box(pipeline, case):
    text, value = SPACED_NAMES[case]
    assert one_box(pipeline, text, value), case


def test_the_spaced_name_goes_on_every_page_of_a_letterhead_and_in_the_text_output(redacted):
    head = "Overheidsstuk | 2031 | R. M E I N D E R T S M A  x\n"
    out, _ = redacted(head + "Inleiding\n\n" + head + "Het college heeft besloten.\n\n" + head)
    assert out.count(LABEL) == 3 and "M E I N D" not in out and "T S M A" not in out
    assert "Het college heeft besloten." in out and "Inleiding" in out


# -- a redacted name's other mentions, written letter-spaced ----------------------------------------------

MENTIONS = {
    "the_surname_alone_in_a_running_head": (
        "Onderzoek naar de handhaving\n\nMarco Vlietstra\n\nmaart 2031\n\nV L I E T S T R A  Verslag 2031\n",
        "V L I E T S T R A"),
    "the_full_name_letter_spaced_on_a_cover": (
        "Z A N D B E R G E N\n\nDe auteur, Henk Zandbergen, schreef dit op verzoek van de raad.\n",
        "Z A N D B E R G E N"),
    "the_full_name_spaced_with_two_spaces_between_its_words": (
        "Notitie van Anneke Tjeerdema aan de raad.\n\nA N N E K E   T J E E R D E M A\n",
        "A N N E K E   T J E E R D E M A"),
}


@pytest.mark.parametrize("case", sorted(MENTIONS))
def test_a_redacted_name_goes_where_a_page_writes_it_letter_spaced(pipeline, case):
    text, value = MENTIONS[case]
    assert one_box(pipeline, text, value), case


def test_a_redacted_surname_is_no_part_of_a_longer_spaced_word_nor_of_a_kept_officials_spaced_name(pipeline):
    text = ("Rapport van Henk Berg\n\nB E R G E N  O P  Z O O M\n\n"
            "De burgemeester, mevrouw T. Wolters, opende.\n\nW O L T E R S\n")
    assert covered(pipeline, text, "Henk Berg")
    assert not covered(pipeline, text, "B E R G E N  O P  Z O O M")
    assert not covered(pipeline, text, "W O L T E R S")


# -- judged as the written form would be ---------------------------------------------------------------------

PAIRS = [
    # (written, spaced, the name in each): the same verdict for both
    ("De burgemeester, J. Dekker, opende de vergadering.\n",
     "De burgemeester, J.  D E K K E R, opende de vergadering.\n", "J. Dekker", "J.  D E K K E R"),
    ("Met vriendelijke groet,\n\nAnneke Mulder\nbeleidsmedewerker\n",
     "Met vriendelijke groet,\n\nA N N E K E  M U L D E R\nbeleidsmedewerker\n", "Anneke Mulder",
     "A N N E K E  M U L D E R"),
    ("Wethouder H. Brouwer gaf een toelichting.\n", "Wethouder H.  B R O U W E R gaf een toelichting.\n",
     "H. Brouwer", "H.  B R O U W E R"),
    ("Namens de gemeente: mevrouw drs. C. Wolthuis, projectleider\n",
     "Namens de gemeente: mevrouw drs. C.  W O L T H U I S, projectleider\n", "C. Wolthuis", "C.  W O L T H U I S"),
]


@pytest.mark.parametrize("written, spaced, name, spelled", PAIRS)
def test_a_spaced_name_gets_the_verdict_of_its_written_form(pipeline, written, spaced, name, spelled):
    assert covered(pipeline, written, name) == covered(pipeline, spaced, spelled)


# -- what is no name stays -----------------------------------------------------------------------------------

NO_NAMES = {
    "spaced_headings": ("B E S L U I T\n\nG E M E E N T E  O O S T E R H A V E N\n\nI N H O U D\n\n1. Inleiding\n",
                        ("B E S L U I T", "G E M E E N T E  O O S T E R H A V E N", "I N H O U D")),
    "a_heading_with_tussenvoegsels": ("V E R S L A G  V A N  D E  R A A D\n\nAanwezig waren de leden.\n",
                                      ("V E R S L A G  V A N  D E  R A A D",)),
    "a_spaced_heading_after_a_closing": ("Met vriendelijke groet,\n\nI N H O U D\n\n1. Aanleiding\n",
                                         ("I N H O U D",)),
    "a_spaced_acronym_after_a_closing": ("Hoogachtend,\n\nN V W A\nPostbus 43006\n", ("N V W A",)),
    "spaced_acronyms_in_fields": ("Van: B Z K\nAan: V N G\nInlichtingen bij: R V O\n\nBeste collega's,\n",
                                  ("B Z K", "V N G", "R V O")),
    "a_body_in_an_address_field": ("Aan: R A A D  V A N  S T A T E\nPostbus 20019\n", ("R A A D  V A N  S T A T E",)),
    "a_spaced_place_in_an_address_field": ("Aan: G E M E E N T E  Z W O L L E\nPostbus 10\n",
                                           ("G E M E E N T E  Z W O L L E",)),
    "a_greeting_to_everyone": ("Beste  A L L E M A A L,\n\nDe vergadering is verplaatst.\n", ("A L L E M A A L",)),
    "a_roman_numeral_after_a_chapter_letter": ("Hoofdstuk C. I I I\nDe uitvoering\n", ("I I I",)),
    "table_columns_of_single_letters_after_row_labels": ("Tabel: A. J N N J en B. N J J N\n\nJ N N J N\nA B C D\n",
                                                         ("J N N J", "N J J N", "J N N J N", "A B C D")),
    "ocr_noise": ("flrirR l i l l i 1 l M ii. I I I\nDienstenbibliotheek\n", ("l i l l i", "I I I")),
}


@pytest.mark.parametrize("case", sorted(NO_NAMES))
def test_spaced_text_that_is_no_name_stays_visible(pipeline, case):
    text, values = NO_NAMES[case]
    for value in values:
        assert not covered(pipeline, text, value), (case, value)


# -- a PDF whose text layer keeps the spaces, and one drawn with character spacing ---------------------------

def _letter_boxes(path, page_no: int, letters: str) -> list[pymupdf.Rect]:
    """The boxes of the glyphs of `letters` (in order, the first such sequence) on a page of the source."""
    with pymupdf.open(path) as doc:
        chars = [c for b in doc[page_no].get_text("rawdict")["blocks"] for line in b.get("lines", ())
                 for s in line["spans"] for c in s["chars"] if not c["c"].isspace()]
    text = "".join(c["c"] for c in chars)
    at = text.index(letters)
    return [pymupdf.Rect(c["bbox"]) for c in chars[at:at + len(letters)]]


def _dark_share(page: pymupdf.Page, rect: pymupdf.Rect) -> float:
    pix = page.get_pixmap(clip=rect, dpi=150, colorspace=pymupdf.csGRAY)
    samples = pix.samples
    return sum(1 for v in samples if v < 100) / max(1, len(samples))


@pytest.fixture(scope="module")
def spaced_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spaced_pdf")
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 60), "M R .  E.  Z A N D B E R G E N", fontname="helv", fontsize=14)
    lines = ["Den Haag, 12 januari 2031", "", "Geachte leden van het college,", "",
             "Hierbij bied ik u het onderzoek naar de handhaving aan.", "", "Met vriendelijke groet,", "",
             "J A N  O O S T E R B A A N", "", "B E S L U I T", "I N H O U D"]
    for k, line in enumerate(lines):
        page.insert_text((72, 120 + 16 * k), line, fontname="helv", fontsize=11)
    second = doc.new_page(width=595, height=842)
    second.insert_text((72, 100), "Rapport voor de gemeente Oosterhaven", fontname="helv", fontsize=11)
    xref, font = second.get_contents()[0], second.get_fonts()[0][4]
    # letter-spaced by the character spacing of the text state (Tc): no space characters in the content
    doc.update_stream(xref, doc.xref_stream(xref) + f"\nBT /{font} 14 Tf 4 Tc 72 700 Td (K. HENDRIKSE) Tj ET\n".encode())
    source = folder / "brief.pdf"
    doc.save(source)
    doc.close()
    return source


def test_a_letter_spaced_name_in_a_pdf_leaves_no_letter_readable(pipeline, spaced_pdf, tmp_path):
    result = pipeline.process(spaced_pdf, spaced_pdf.name, tmp_path)
    output = tmp_path / spaced_pdf.name
    assert result.status.name == "OK", result.error
    for name, extract in EXTRACTORS.items():
        text = squash(extract(output))
        for spelled in ("zandbergen", "oosterbaan", "hendrikse"):
            assert spelled not in text, (name, spelled)
        assert "besluit" in text and "inhoud" in text and "geachteledenvanhetcollege" in text, name
    with pymupdf.open(output) as doc:
        for page_no, letters in ((0, "MR.E.ZANDBERGEN"), (0, "JANOOSTERBAAN"), (1, "K.HENDRIKSE")):
            for box in _letter_boxes(spaced_pdf, page_no, letters):
                assert _dark_share(doc[page_no], box) > 0.4, (letters, box)
        assert _dark_share(doc[0], _letter_boxes(spaced_pdf, 0, "BESLUIT")[0]) < 0.3
