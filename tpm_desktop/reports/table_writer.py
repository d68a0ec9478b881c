"""Writing tables: CSV for German Excel, XLSX and ODS, atomically, never as formulas."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from tpm_desktop.core.atomic import atomic_write
from tpm_desktop.reports.cell_safety import needs_quote, neutralised
from tpm_desktop.reports.ods import write_ods
from tpm_desktop.reports.tabular import TableError


def write_table(
    path: Path | str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    sheet: str = "Data",
    *,
    decimal_comma: bool = False,
) -> None:
    """Write a table as CSV (UTF-8 with BOM, ";"), XLSX or ODS by suffix, atomically.

    With `decimal_comma`, CSV numbers are written as German Excel expects them
    ("3,5"); otherwise German Excel would read "3.5" as a date.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        atomic_write(path, lambda scratch: _write_xlsx(scratch, headers, rows, sheet))
    elif suffix == ".ods":
        atomic_write(path, lambda scratch: write_ods(scratch, headers, rows, _sheet_title(sheet)))
    elif suffix in (".csv", ".txt"):
        atomic_write(path, lambda scratch: _write_csv(scratch, headers, rows, decimal_comma))
    else:
        raise TableError("table_format", path)


def _csv_cell(value: Any, decimal_comma: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        text = repr(value).removesuffix(".0") if value.is_integer() else repr(value)
        return text.replace(".", ",") if decimal_comma and "e" not in text else text
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _write_csv(
    scratch: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], decimal_comma: bool
) -> None:
    # UTF-8 with BOM and ";" is what German Excel opens correctly by double-click.
    with scratch.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralised(h) for h in headers])
        for row in rows:
            writer.writerow(
                [
                    neutralised(_csv_cell(v, decimal_comma))
                    if isinstance(v, str)
                    else _csv_cell(v, decimal_comma)
                    for v in row
                ]
            )


def _write_xlsx(
    scratch: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], sheet: str
) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=False)
    worksheet = book.active
    worksheet.title = _sheet_title(sheet)
    worksheet.append([_xlsx_cell(h) for h in headers])
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    _keep_text(worksheet[1])
    for row in rows:
        worksheet.append([_xlsx_cell(v) for v in row])
        _keep_text(worksheet[worksheet.max_row])
    worksheet.freeze_panes = "A2"
    for index, header in enumerate(headers, start=1):
        width = max([len(str(header))] + [len(_csv_cell(r[index - 1])) for r in rows[:200]])
        letter = openpyxl.utils.get_column_letter(index)
        worksheet.column_dimensions[letter].width = min(60, max(8, width + 2))
    book.save(scratch)


def _keep_text(cells: Any) -> None:
    """Text that looks like a formula is stored as text, with the apostrophe prefix."""
    for cell in cells:
        if isinstance(cell.value, str) and needs_quote(cell.value):
            # Stored as a string (never a formula) and marked "quote prefix", so
            # Excel and LibreOffice show it as text and keep it text when edited.
            cell.data_type = "s"
            cell.quotePrefix = True


_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, str):
        # XLSX cannot hold control characters and at most 32,767 characters per cell.
        return _ILLEGAL_XLSX.sub("", value)[:32767]
    return value


def _sheet_title(name: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", name).strip() or "Data"
    return cleaned[:31]
