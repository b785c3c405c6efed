"""desktop.ui.models."""
