"""Report: the inventory (inventarislijst), the redaction log and the run summary."""
