"""Render: write the redacted copy (burn-in for PDF, bracketed grounds for text)."""
