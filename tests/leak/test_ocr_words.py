"""OCR words into the page model: one box per character, and e-mail addresses that Tesseract
split at a dot or the @ joined again (else the first part stays unredacted)."""

from __future__ import annotations

from redact.ingest.ocr import OcrWord, char_boxes, join_split_words, mean_confidence
from redact.ingest.pdf import add_ocr_words


def w(text, x0, x1, line=(0, 1, 1, 1), conf=95.0):
    return OcrWord(text, (x0, 100.0, x1, 112.0), conf, line)


def test_split_address_is_joined():
    words = join_split_words([w("Contact:", 70, 110), w("jeroen.", 114, 145), w("vlietstra@kpnmail.nl", 148, 250)])
    assert [x.text for x in words] == ["Contact:", "jeroen.vlietstra@kpnmail.nl"]
    assert words[1].box[0] == 114 and words[1].box[2] == 250


def test_split_at_the_at_sign_is_joined():
    words = join_split_words([w("p.jansen", 70, 110), w("@minbzk.nl", 111, 160)])
    assert [x.text for x in words] == ["p.jansen@minbzk.nl"]


def test_ordinary_words_and_other_lines_stay_apart():
    words = join_split_words([w("Zie", 70, 90), w("bijlage.", 94, 130), w("Groet", 134, 160),
                              w("a.", 70, 80), w("b@c.nl", 81, 120, line=(0, 1, 1, 2))])
    assert [x.text for x in words] == ["Zie", "bijlage.", "Groet", "a.", "b@c.nl"]


def test_each_character_gets_a_share_of_the_word_box_with_a_margin():
    boxes = char_boxes(w("Kok", 100, 130))
    assert len(boxes) == 3
    assert boxes[0][0] < 100 and boxes[-1][2] > 130  # a margin around the ink
    assert boxes[0][2] == boxes[1][0]


def test_ocr_words_are_added_unless_the_text_layer_has_them():
    text = "Jansen\n"
    boxes = tuple((100.0 + 5 * i, 100.0, 105.0 + 5 * i, 112.0) for i in range(6)) + (None,)
    out, out_boxes, added, _ = add_ocr_words(text, boxes, [w("Jansen", 100, 130), w("Pietersen", 140, 190)])
    assert added == 1 and out == "Jansen\nPietersen\n"
    assert len(out_boxes) == len(out)


def test_mean_confidence_weights_by_length():
    assert mean_confidence([w("a", 0, 1, conf=0.0), w("abcd", 2, 9, conf=100.0)]) == 80.0
    assert mean_confidence([]) is None
