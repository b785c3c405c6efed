"""desktop.documents.certificates."""
