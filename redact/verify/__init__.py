"""Verify: re-read each output with extractors independent of PyMuPDF; any finding fails it."""

from .check import verify_output

__all__ = ["verify_output"]
