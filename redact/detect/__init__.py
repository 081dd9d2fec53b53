"""Detection: find candidate personal data in a Document (no decisions here)."""
