"""Certificates: issuing a decision's certificates to PDF (``issuing``) or to a printer
(``printing``; both checked and laid out by ``prepared``), the templates they are drawn with
(``templates``), printers and their calibration (``printers``).

The public names of these modules are importable from here, as callers use them
(``from desktop.services import certificates``; ``certificates.issue_certificates(...)``).
"""

from __future__ import annotations

from desktop.documents.certificates.pdf import CertificateProblems, Problem
from desktop.documents.certificates.template import TemplateError
from desktop.domain.awards import DEFAULT_TEMPLATES
from desktop.services.certificates.issuing import (
    IssueResult,
    issue_certificates,
    issued,
    log_issues,
    preview_pdf,
    safe_file_name,
    split_file_name,
)
from desktop.services.certificates.printers import (
    SAMPLE_RECIPIENT,
    calibrated_printer,
    calibration_sheet_pdf,
    calibration_test_pdf,
    printer_offsets,
    printers,
    set_printer_offsets,
    write_calibration_sheet,
)
from desktop.services.certificates.printing import (
    PrintJob,
    PrintLayout,
    PrintPage,
    Rule,
    TextRun,
    print_job,
)
from desktop.services.certificates.templates import (
    CertificateError,
    TemplateMismatch,
    default_template_for,
    form_label,
    paper_of_template,
    paper_sizes,
    template_mismatch,
    template_names,
    template_paper,
    templates,
)
from desktop.services.files import OutputError
from desktop.storage.printers import MAX_OFFSET_MM, PrinterOffsets

__all__ = [
    "DEFAULT_TEMPLATES",
    "MAX_OFFSET_MM",
    "SAMPLE_RECIPIENT",
    "CertificateError",
    "CertificateProblems",
    "IssueResult",
    "OutputError",
    "PrintJob",
    "PrintLayout",
    "PrintPage",
    "PrinterOffsets",
    "Problem",
    "Rule",
    "TemplateError",
    "TemplateMismatch",
    "TextRun",
    "calibrated_printer",
    "calibration_sheet_pdf",
    "calibration_test_pdf",
    "default_template_for",
    "form_label",
    "issue_certificates",
    "issued",
    "log_issues",
    "paper_of_template",
    "paper_sizes",
    "preview_pdf",
    "print_job",
    "printer_offsets",
    "printers",
    "safe_file_name",
    "set_printer_offsets",
    "split_file_name",
    "template_mismatch",
    "template_names",
    "template_paper",
    "templates",
    "write_calibration_sheet",
]
