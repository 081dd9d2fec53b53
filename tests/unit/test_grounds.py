import pytest

from redact.grounds import normalise_ground


@pytest.mark.parametrize("written,code", [
    ("5.1.2e", "5.1.2e"),
    ("5.1.2.e", "5.1.2e"),
    ("5.1.2 e", "5.1.2e"),
    ("5.1 lid 2 sub e", "5.1.2e"),
    ("5.1, lid 2, sub e", "5.1.2e"),
    ("art. 5.1, tweede lid, aanhef en onder e", "5.1.2e"),
    ("Artikel 5.1, eerste lid, onder e", "5.1.1e"),
    ("5.1.1E", "5.1.1e"),
    ("5.2", "5.2"),
    ("5.1.5", "5.1.5"),
    ("10.2.e", "10.2e"),
    ("11.1", "11.1"),
])
def test_spellings_normalise(written, code):
    assert normalise_ground(written) == code


@pytest.mark.parametrize("junk", ["", "privacy", "lid 2", "5", "art. 5.1, achtste lid"])
def test_junk_is_not_a_ground(junk):
    assert normalise_ground(junk) is None
