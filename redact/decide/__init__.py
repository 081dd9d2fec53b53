"""Decision: turn findings into redact/keep decisions with a Woo ground."""

from .policy import decide

__all__ = ["decide"]
