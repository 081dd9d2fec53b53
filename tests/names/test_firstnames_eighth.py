"""Names that the detectors missed because their first name is on no list, or because nothing but their
grammatical position says they are a person (issue 10, eighth session; docs/names-history.md, "Missed names (eighth
session)"). Every name here is invented; the cases are of the kind of the blind misses, not the documents'."""

from __future__ import annotations

import pytest

from redact.decide.firstnames import FirstNames

# First names that only the open list has (rules/lists/first_names_open, from nam_dict.txt: Vietnamese), and a
# surname the deduce list has
OPEN_FIRST = ("Nguyet", "Nhung")
SURNAME = "Hoekstra"


@pytest.fixture(scope="module")
def first_names(lexicon):
    return FirstNames(lexicon, ("merkt op", "vertelt"))


def found(finder, text: str) -> set[str]:
    return {text[s:e] for s, e, _ in finder.spans(text, [])}


def test_the_open_names_are_no_words_and_not_in_the_deduce_list(lexicon):
    for name in OPEN_FIRST:
        assert name in lexicon.open_first_names and name not in lexicon.first_names
    assert not any(w.lower() in lexicon.dutch_words for w in lexicon.open_first_names)


# -- 1. an open-list first name before a listed surname is a name -------------------------------------------


def test_an_open_first_name_before_a_listed_surname_is_a_name(patterns):
    text = f"Aan het project werkten Anna de Wit, {OPEN_FIRST[0]} {SURNAME} en Piet Smit mee.\n"
    assert f"{OPEN_FIRST[0]} {SURNAME}" in {text[s.start:s.end] for s in patterns.spans(text)}


def test_an_open_first_name_before_a_tussenvoegsel_and_a_surname_is_a_name(patterns):
    text = f"Namens het team sprak {OPEN_FIRST[1]} van der Zwaag.\n"
    assert f"{OPEN_FIRST[1]} van der Zwaag" in {text[s.start:s.end] for s in patterns.spans(text)}


def test_an_open_first_name_before_a_word_no_list_has_as_a_surname_is_none(patterns):
    text = f"Het restaurant {OPEN_FIRST[1]} Zuidhaven opent morgen.\n"
    assert not any(OPEN_FIRST[1] in text[s.start:s.end] for s in patterns.spans(text))


# -- 2. an open-list first name alone in a person's position -------------------------------------------------


def test_an_open_first_name_before_a_cue_is_a_mention(first_names):
    text = f"De bewoners spreken over het plein. {OPEN_FIRST[0]} merkt op dat de bankjes kapot zijn.\n"
    assert OPEN_FIRST[0] in found(first_names, text)


def test_an_open_first_name_with_its_function_is_a_mention(first_names):
    text = f"Werken bij ons\n\n{OPEN_FIRST[1]} - Projectleider Dijkversterking\n"
    assert OPEN_FIRST[1] in found(first_names, text)


def test_a_models_open_first_name_is_supported(roles):
    text = f"Het gesprek met {OPEN_FIRST[0]} ging over de planning.\n"
    assert roles.supported(text, text.index(OPEN_FIRST[0]), OPEN_FIRST[0])


# -- 3. a word no list knows in a person's grammatical position: "X is <function>" ---------------------------


def test_an_unlisted_name_that_is_a_function_is_a_mention(first_names):
    text = "Toezicht in de regio\n\nTjeerdina is toezichthouder Klachten bij de dienst. Zij kent het gebied.\n"
    assert "Tjeerdina" in found(first_names, text)


def test_an_unlisted_name_with_a_dash_and_a_function_is_a_mention(first_names):
    assert "Wobkje" in found(first_names, "Ons team\n\nWobkje - Communicatieadviseur\n")


def test_an_unlisted_word_alone_above_a_function_line_stays(first_names):
    # the layout of a name line above a function line needs a listed first name: a word no list has may be
    # a heading or a project
    assert "Wobkje" not in found(first_names, "Ons team\n\nWobkje\n\nProjectleider Baggeren\n")


def test_a_body_or_a_dutch_word_before_is_and_a_function_stays(first_names):
    text = "Omgevingsdienst is toezichthouder voor de bedrijven. Zwaluwstaart is projectleider.\n"
    assert not found(first_names, text) & {"Omgevingsdienst", "Zwaluwstaart"}


def test_an_unlisted_name_in_running_text_without_a_function_stays(first_names):
    assert "Tjeerdina" not in found(first_names, "Het schip Tjeerdina is gerestaureerd.\n")
