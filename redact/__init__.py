"""woo-redact: redaction pipeline for disclosures under the Dutch Wet open overheid (Woo)."""

from .lazyimport import install as _lazy_imports

__version__ = "0.1.0"

_lazy_imports()  # packages whose __init__ imports far more than is used (redact/lazyimport.py)
