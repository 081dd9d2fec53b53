"""woo-redact: redaction pipeline for disclosures under the Dutch Wet open overheid (Woo)."""

__version__ = "0.1.0"
