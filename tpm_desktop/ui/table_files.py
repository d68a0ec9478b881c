"""File-dialog filters for tables, the same in every import and export dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

SAVE_SUFFIXES = (".xlsx", ".ods", ".csv")


def open_filter() -> str:
    """Filter for choosing a table to read: every readable kind first, then each kind."""
    return ";;".join(
        (
            QCoreApplication.translate("TableFiles", "Tables (*.xlsx *.ods *.csv *.txt)"),
            QCoreApplication.translate("TableFiles", "Excel workbooks (*.xlsx)"),
            QCoreApplication.translate("TableFiles", "OpenDocument spreadsheets (*.ods)"),
            QCoreApplication.translate("TableFiles", "CSV files (*.csv *.txt)"),
            QCoreApplication.translate("TableFiles", "All files (*)"),
        )
    )


def _save_choices() -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("TableFiles", "Excel workbook (*.xlsx)"), ".xlsx"),
        (
            QCoreApplication.translate(
                "TableFiles", "OpenDocument spreadsheet, LibreOffice (*.ods)"
            ),
            ".ods",
        ),
        (QCoreApplication.translate("TableFiles", "CSV, semicolon-separated (*.csv)"), ".csv"),
    ]


def save_filter() -> str:
    """Filter for choosing where to write a table."""
    return ";;".join(label for label, _ in _save_choices())


def with_table_suffix(path: Path, chosen_filter: str) -> Path:
    """The path as typed, given the chosen filter's suffix when it has none we write."""
    if path.suffix.lower() in SAVE_SUFFIXES:
        return path
    suffix = dict(_save_choices()).get(chosen_filter, ".xlsx")
    return path.with_name(path.name + suffix)
