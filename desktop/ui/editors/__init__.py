"""desktop.ui.editors."""
