"""What a rule file may name: the recognizer kinds and the validators. Names only, no imports.

`rules.py` checks a rule set against these without loading Presidio, spaCy or stdnum;
`detect/registry.py` maps each kind to its recognizer class and `detect/validators.py` each
validator to its function (tests/unit/test_recognizers.py keeps the three in step).
"""

RECOGNIZER_KINDS = ("pattern", "phone", "spacy_ner", "names", "structure", "special_categories", "ocr_numbers")
VALIDATOR_NAMES = ("bsn", "iban", "licence_plate", "date", "document_number")
