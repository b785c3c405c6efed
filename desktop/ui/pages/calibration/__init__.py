"""Printer calibration as a guided flow (QWizard): choose the printer and the paper size, print
the calibration sheet, type the two distances measured on it, print a test certificate on
plain paper to hold against a blank, adjust, save.

The offsets are stored per printer and per paper size (``services.certificates``). A page is
printed at 100 % through ``ui.printing.print_pdf`` on the chosen printer; when that printer is
not installed on this computer (a name typed for a printer elsewhere, or no printer at all),
the page is saved as a PDF file to print from another computer.
"""

from desktop.ui.pages.calibration.wizard import CalibrationWizard

__all__ = ["CalibrationWizard"]
