"""Application preferences beyond the interface language, kept in QSettings.

Other parts read them here: the report dialog its default language and paper
size, File → New the criteria catalogue a new project starts with.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QSettings

from tpm_desktop.core.defaults import DEFAULT_CRITERIA, CriterionTemplate
from tpm_desktop.core.project_file import default_author

# A name longer than this is cut: it is stored with every change.
MAX_USER_NAME = 80

REPORT_LANGUAGE_KEY = "reports/language"  # "project", "de" or "en"
PAPER_SIZE_KEY = "reports/paper_size"  # "A4" or "Letter"
CRITERIA_KEY = "projects/default_criteria"  # JSON list; absent: the standard catalogue
USER_NAME_KEY = "user/name"  # who the change journal, merges and comments name

REPORT_LANGUAGES = ("project", "de", "en")
PAPER_SIZES = ("A4", "Letter")


def report_language(project_language: str | None = None) -> str:
    """ "de" or "en" for a new report: the chosen language, or the project's."""
    choice = str(QSettings().value(REPORT_LANGUAGE_KEY, "project"))
    if choice in ("de", "en"):
        return choice
    return project_language if project_language in ("de", "en") else "en"


def report_language_choice() -> str:
    """The stored choice: "project", "de" or "en"."""
    choice = str(QSettings().value(REPORT_LANGUAGE_KEY, "project"))
    return choice if choice in REPORT_LANGUAGES else "project"


def paper_size() -> str:
    """ "A4" (the default) or "Letter"."""
    choice = str(QSettings().value(PAPER_SIZE_KEY, "A4"))
    return choice if choice in PAPER_SIZES else "A4"


def default_criteria() -> tuple[CriterionTemplate, ...]:
    """The catalogue new projects start with: the user's own, or the standard one."""
    raw = QSettings().value(CRITERIA_KEY)
    if not raw:
        return DEFAULT_CRITERIA
    try:
        entries = json.loads(str(raw))
        templates = tuple(_template(entry) for entry in entries)
    except (ValueError, TypeError, KeyError):
        return DEFAULT_CRITERIA  # a damaged setting must not stop File → New
    return templates or DEFAULT_CRITERIA


def _template(entry: dict) -> CriterionTemplate:
    name = str(entry["name"]).strip()
    low, high = int(entry.get("scale_min", 1)), int(entry.get("scale_max", 5))
    weight = float(entry.get("weight", 1.0))
    if not name or low >= high or not 0 <= weight <= 1000:
        raise ValueError("invalid criterion")
    description = str(entry.get("description", ""))
    return CriterionTemplate(
        {"de": name, "en": name}, {"de": description, "en": description}, weight, low, high
    )


def set_preferences(report_language: str, paper_size: str, criteria: Sequence[dict] | None) -> None:
    """Store the preferences; `criteria` None means the standard catalogue."""
    settings = QSettings()
    settings.setValue(REPORT_LANGUAGE_KEY, report_language)
    settings.setValue(PAPER_SIZE_KEY, paper_size)
    if criteria is None:
        settings.remove(CRITERIA_KEY)
    else:
        settings.setValue(CRITERIA_KEY, json.dumps(list(criteria), ensure_ascii=False))
    settings.sync()


def user_name() -> str:
    """The user's name for the change history: as set in Settings, else the OS user."""
    name = " ".join(str(QSettings().value(USER_NAME_KEY, "") or "").split())[:MAX_USER_NAME]
    return name or default_author()


def set_user_name(name: str) -> None:
    """Store the user's name ("" goes back to the operating system's user name)."""
    settings = QSettings()
    cleaned = " ".join(name.split())[:MAX_USER_NAME]
    if cleaned:
        settings.setValue(USER_NAME_KEY, cleaned)
    else:
        settings.remove(USER_NAME_KEY)
    settings.sync()
