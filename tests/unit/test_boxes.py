"""model.Boxes: a page's character boxes packed in one array, read back exactly as the tuple they were."""

import copy
import pickle

import pymupdf

from redact.ingest.pdf import page_text
from redact.model import Boxes, Page


def boxes(n: int = 2800) -> tuple:
    return tuple(None if i % 9 == 4 else (i + 0.125, 10.0 / 3, i + 1.1, -0.0 if i % 2 else 1e-300) for i in range(n))


def test_a_page_keeps_its_boxes_packed_and_reads_them_exactly():
    made = boxes()
    page = Page(1, "x" * len(made), made)
    assert isinstance(page.boxes, Boxes)
    assert page.boxes == made and made == page.boxes and tuple(page.boxes) == made
    assert list(page.boxes) == list(made) and len(page.boxes) == len(made) and bool(page.boxes)
    for i in (0, 4, 5, -1, -5, len(made) - 1):
        assert page.boxes[i] == made[i]
    for part in (slice(10, 40), slice(40, 10), slice(-30, None), slice(None, 7), slice(3, 60, 7), slice(5, 5)):
        assert page.boxes[part] == made[part] and type(page.boxes[part]) is tuple
    assert [str(v) for b in page.boxes if b for v in b] == [str(v) for b in made if b for v in b]  # -0.0, 1e-300
    assert repr(page.boxes) == repr(made) and hash(page.boxes) == hash(made)
    again = pickle.loads(pickle.dumps(page))
    assert again == page and isinstance(again.boxes, Boxes) and copy.deepcopy(page) == page
    assert Page(1, page.text, tuple(page.boxes)) == page


def test_what_is_not_float_boxes_stays_as_it_was():
    for odd in (((1, 2, 3, 4), None), ([1.0, 2.0, 3.0, 4.0], None), ((1.0, 2.0, 3.0), None)):
        assert Page(1, "ab", odd).boxes is odd  # ints keep their repr (the log writes them)
    assert Page(1, "ab").boxes == ()


def test_packed_boxes_take_a_fifth_of_the_memory():
    import sys

    made = tuple(None if b is None else tuple(v + 0.0 for v in b) for b in boxes())  # own floats, as read
    as_tuples = sys.getsizeof(made) + sum(sys.getsizeof(b) + sum(map(sys.getsizeof, b)) for b in made if b)
    packed = Boxes.pack(made)
    assert sys.getsizeof(packed) + sys.getsizeof(packed._values) + sys.getsizeof(packed._none) < as_tuples / 4


def test_a_read_pdf_page_holds_the_walks_boxes_packed(tmp_path):
    with pymupdf.open() as doc:
        doc.new_page().insert_text((50, 60), "Mail p.devries@minbzk.nl\nBSN 123456782 van betrokkene", fontsize=10)
        doc.save(tmp_path / "a.pdf")
    with pymupdf.open(tmp_path / "a.pdf") as doc:
        text, walked = page_text(doc[0])
    page = Page(1, text, walked, source="pdf")
    assert isinstance(page.boxes, Boxes) and page.boxes == walked and None in walked
