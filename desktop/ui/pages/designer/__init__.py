"""The template designer: place a template's fields on a scan of the blank by dragging.

The scene is in millimetres (one scene unit = 1 mm, y down from the paper's top-left corner,
as templates measure); the view's scale is the zoom in pixels per mm, so a drag of N pixels
moves a field by N / zoom mm. Each field is a box drawn with its live sample text — the chosen
recipient's, laid out by the printing code — and turns red with the reason when the text does
not fit.

Modules: ``window`` (the window, its menus and edits), ``scene`` (a field's box on the paper),
``view`` (zoom, rulers, arrow keys), ``panel`` (sample chooser, field list, properties),
``scan`` (the blank's scan and its two-mark alignment), ``files`` (save, copy, export, …).
"""

from desktop.ui.pages.designer.window import DesignerWindow

__all__ = ["DesignerWindow"]
