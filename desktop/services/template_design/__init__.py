"""The template designer's model, without widgets: a template being edited, and template files.

``TemplateDesign`` holds a template as its JSON data and changes it the way the designer window
does — move or resize a field's box in millimetres, set a property, add a field from the
placeholder vocabulary, remove one — each change one undo step. ``validate`` runs the same
checks as loading a file. ``sample`` lays out a recipient's certificate through the printing
code (``CertificateRenderer.layout``), so the designer shows what will print.

Template files: ``save_design`` writes a user template as a new version (the one it replaces
is kept under ``.versions``; issued certificates keep the version and texts they were printed
with in the issue log), ``duplicate_template``, ``rename_template``, ``export_template`` /
``import_template`` (a zip holding ``template.json`` and at most its background image, read
with size limits, strict JSON and the schema; nothing in it can name a path outside it) and
``reset_template`` (back to the built-in one).
"""

from desktop.documents.certificates.fields import PLACEHOLDERS
from desktop.documents.certificates.pdf import FieldLayout
from desktop.documents.certificates.template import TemplateError
from desktop.documents.fonts import FACE_LABELS, FACES
from desktop.services.template_design.design import (
    MIN_BOX_MM,
    DesignError,
    TemplateDesign,
    longest_name_award,
    paper_mm,
)
from desktop.services.template_design.exchange import (
    EXPORT_SUFFIX,
    export_template,
    import_template,
)
from desktop.services.template_design.files import (
    duplicate_template,
    has_builtin,
    is_user_template,
    open_design,
    rename_template,
    reset_template,
    save_design,
)
from desktop.services.template_design.fonts import installed_fonts

__all__ = [
    "EXPORT_SUFFIX",
    "FACES",
    "FACE_LABELS",
    "MIN_BOX_MM",
    "PLACEHOLDERS",
    "DesignError",
    "FieldLayout",
    "TemplateDesign",
    "TemplateError",
    "duplicate_template",
    "export_template",
    "has_builtin",
    "import_template",
    "installed_fonts",
    "is_user_template",
    "longest_name_award",
    "open_design",
    "paper_mm",
    "rename_template",
    "reset_template",
    "save_design",
]
