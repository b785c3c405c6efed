"""The meeting editor as small panels around a Qt-free edit state (services.editing.meeting):
the details form (header), the attendance list, the agenda, the action items, the minutes."""

from desktop.ui.editors.meeting.editor import MeetingEditor
from desktop.ui.editors.meeting.header import INVALID_STYLE, datetime_text

__all__ = ["INVALID_STYLE", "MeetingEditor", "datetime_text"]
