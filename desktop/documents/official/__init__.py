"""desktop.documents.official."""
