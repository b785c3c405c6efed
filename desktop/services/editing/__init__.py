"""Edit states of the editors: plain Python (no Qt), owning a record while the user changes it.

The window's editors are thin adapters over these states; the states are tested without widgets.
"""
