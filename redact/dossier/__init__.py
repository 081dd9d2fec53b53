"""Across the dossier: duplicates, near-duplicates and e-mail threads (docs/duplicates.md).

    per document (in the workers):  fingerprint.py   normalised words -> hash, MinHash, mail keys
    reduce (in the client):         duplicates.py    groups of copies and their original
                                    threads.py       mails that quote each other, the most complete one
                                    copies.py        a value redacted in one copy redacted in every copy
                                    relations.py     the marks on the results for the inventory

The fingerprint is made where the document is analysed (pipeline.Pipeline.analyse), so on a local
pool and on a Dask cluster alike; the reduce steps take plain fingerprints and are the same
whichever executor made them.
"""
