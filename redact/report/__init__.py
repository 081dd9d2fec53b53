"""Report: the inventory (inventarislijst) and the run summary; the redaction log is in outfolder.py."""
