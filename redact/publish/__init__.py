"""The publication package (docs/publication.md): stable document numbers, the platform's
productierapport, `upload/` with one `ID.pdf` per published document, and DiWoo metadata."""
