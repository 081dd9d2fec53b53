"""The other readings of a page (redact/readings.py), JPEG metadata (redact/jpeg.py) and the
cut of plain text at whitespace: the pieces that close issue 16's leak classes, one by one."""

from __future__ import annotations

import pymupdf
import pytest

from redact.ingest.text import split_pages
from redact.jpeg import JpegError, metadata, strip_metadata
from redact.model import Page
from redact.readings import across, as_read, geometric, normalised, page_readings, spans


def _page(glyphs: list[tuple[str, float, float]], width: float = 6.0, height: float = 12.0) -> Page:
    """A page of single glyphs at (x, baseline y), in the order given (the drawing order)."""
    text = "".join(c for c, _, _ in glyphs)
    boxes = tuple((x, y - height, x + width, y) for _, x, y in glyphs)
    return Page(number=1, text=text, boxes=boxes, source="pdf")


def test_geometric_reading_puts_pieces_drawn_out_of_order_in_place():
    second = [(c, 100 + 6 * i, 50) for i, c in enumerate("b.nl")]
    first = [(c, 76 + 6 * i, 50) for i, c in enumerate("j@")]
    page = _page(second + first)
    reading = geometric(page)
    assert page.text == "b.nlj@" and reading.text == "j@ b.nl\n"  # a gap of 12 pt between them
    assert reading.origin[0] == (1, 4) and reading.origin[3] == (1, 0)


def test_geometric_reading_rebuilds_letter_spaced_words():
    # 2.5 pt between letters, 8 pt between words: the tracking is not a word space.
    x, glyphs = 72.0, []
    for word in ("Mail", "jan@x.nl"):
        for c in word:
            glyphs.append((c, x, 40))
            x += 6 + 2.5
        glyphs.append((" ", x, 40))
        x += 6 + 2.5
    reading = geometric(_page(glyphs))
    assert reading.text == "Mail jan@x.nl\n"


def test_geometric_reading_keeps_lines_apart():
    page = _page([("b", 10, 40), ("a", 10, 20), ("c", 16, 40)])
    assert geometric(page).text == "a\nbc\n"


def test_normalised_reading_drops_invisible_characters_and_maps_back():
    page = Page(number=2, text="jan\u200b.de\u00advries\uff20x.nl")
    reading = normalised(as_read(page))
    assert reading.text == "jan.devries@x.nl"
    found = spans(reading, 0, len(reading.text), {2: page})
    assert found == [(2, 0, len(page.text))]  # one stretch: the invisible characters are inside it


def test_spans_split_pieces_with_other_text_between():
    page = Page(number=1, text="b.nl of j@")
    reading = normalised(as_read(page))
    # "j@" + "b.nl" as a reading that put them together: two stretches of the page text.
    from redact.readings import Reading
    joined = Reading("j@b.nl", reading.origin[8:10] + reading.origin[0:4])
    assert spans(joined, 0, 6, {1: page}) == [(1, 0, 4), (1, 8, 10)]


def test_spans_leave_out_spacing_at_the_ends():
    page = Page(number=1, text="06 41 ", offset=0)
    reading = normalised(as_read(page))
    assert spans(reading, 0, 6, {1: page}) == [(1, 0, 5)]


def test_across_joins_the_end_of_one_piece_and_the_start_of_the_next():
    a, b = Page(number=1, text="bel 06 41 23 "), Page(number=2, text="45 67 nu", offset=13)
    reading = across(a, b)
    start = reading.text.index("06")
    assert spans(reading, start, start + len("06 41 23 45 67"), {1: a, 2: b}) == [(1, 4, 12), (2, 0, 5)]


def test_split_pages_cuts_one_long_line_at_a_space():
    text = ("woord " * 2000) + "jan@example.nl " + "woord " * 10
    pages = split_pages(text, size=12009)  # a fixed cut would fall inside the address
    assert "".join(p.text for p in pages) == text
    assert all(p.text.endswith(" ") for p in pages[:-1])
    assert any("jan@example.nl" in p.text for p in pages)


def _jpeg() -> bytes:
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 8, 8), False)
    pix.clear_with(128)
    return pix.tobytes("jpeg")


def test_strip_metadata_drops_comments_and_app_blocks_and_keeps_the_pixels():
    plain = strip_metadata(_jpeg())
    com = b"\xff\xfe\x00\x0djan@x.nl 06"
    exif = b"\xff\xe1\x00\x0eExif\x00\x00secret"
    dirty = plain[:2] + com + exif + plain[2:]
    assert [b[:4] for b in metadata(dirty)] == [b"jan@", b"Exif"]
    assert strip_metadata(dirty) == plain
    assert metadata(plain) == []
    assert pymupdf.Pixmap(strip_metadata(dirty)).samples == pymupdf.Pixmap(_jpeg()).samples


def test_metadata_between_scans_and_after_the_end_is_found_and_dropped():
    plain = strip_metadata(_jpeg())
    eoi = plain.rindex(b"\xff\xd9")
    com = b"\xff\xfe\x00\x0ajan@x.nl"
    dirty = plain[:eoi] + com + plain[eoi:] + b"bel 0612345678"
    assert metadata(dirty) == [b"jan@x.nl", b"bel 0612345678"]
    assert strip_metadata(dirty) == plain


def test_a_jpeg_that_cannot_be_walked_is_refused():
    with pytest.raises(JpegError):
        metadata(b"\xff\xd8\xff\xe1\xff\xff")
    with pytest.raises(JpegError):
        strip_metadata(b"not a jpeg")


def _one_block(line: str, x: float = 10.0) -> list[tuple[str, float, float]]:
    """A line of glyphs 6 pt apart, ended as MuPDF ends a block: two line breaks."""
    return [(c, x + 6 * i, 40) for i, c in enumerate(line)] + [("\n", x + 6 * len(line), 40)] * 2


def test_a_geometric_reading_that_differs_only_in_its_final_line_breaks_is_not_searched_again():
    page = _page(_one_block("jan@x.nl"))
    assert geometric(page).text == "jan@x.nl\n" and page.text == "jan@x.nl\n\n"
    assert "geometric" not in dict(page_readings(page))


def test_a_geometric_reading_of_the_same_characters_from_other_places_is_searched():
    # "ab" drawn b first: the geometric reading puts a first; "aa" drawn right to left reads the
    # same text, but each character comes from the other glyph: still a reading of its own.
    for glyphs in ([("b", 16, 40), ("a", 10, 40)], [("a", 16, 40), ("a", 10, 40)]):
        page = _page(glyphs + [("\n", 22, 40)] * 2)
        assert "geometric" in dict(page_readings(page))
