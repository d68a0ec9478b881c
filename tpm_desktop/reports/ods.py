"""OpenDocument spreadsheets (.ods, LibreOffice Calc), read and written with odfpy.

Rows come back like openpyxl gives them: numbers as floats (whole numbers as int),
dates as date or datetime, booleans as bool, text as str, empty cells as None.
Repeated rows and cells (ODS stores "1,048,000 empty rows" as one element) are only
expanded where real content follows, so a sheet formatted to its last row costs
nothing.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
# content.xml is parsed into memory whole; a larger one is refused before parsing.
MAX_CONTENT_BYTES = 400 * 1024 * 1024
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class OdsError(ValueError):
    """The file cannot be read as a spreadsheet; `reason` says why."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def is_ods(head: bytes) -> bool:
    """True when a file's first bytes are those of an OpenDocument spreadsheet.

    ODF stores the uncompressed "mimetype" entry first, so its text sits in the head.
    """
    return head.startswith(b"PK\x03\x04") and ODS_MIME in head[:120]


def read_ods(
    path: Path, sheet: str | None, max_rows: int
) -> tuple[list[list[Any]], str, list[str]]:
    """Rows of one sheet (the first when None), its name and all sheet names.

    Raises OdsError: "damaged", "too_large", "sheet_missing" or "too_many_rows".
    """
    from odf.opendocument import load
    from odf.table import Table

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("content.xml")
            if info.file_size > MAX_CONTENT_BYTES:
                raise OdsError("too_large")
        document = load(str(path))
    except OdsError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise OdsError("damaged", type(exc).__name__) from exc
    except Exception as exc:  # odfpy and its XML parser raise many kinds
        raise OdsError("damaged", type(exc).__name__) from exc
    tables = document.spreadsheet.getElementsByType(Table)
    names = [str(t.getAttribute("name") or "") for t in tables]
    if not tables:
        raise OdsError("damaged", "no sheet")
    chosen = names[0] if sheet is None else sheet
    if chosen not in names:
        raise OdsError("sheet_missing", ", ".join(names))
    table = tables[names.index(chosen)]
    return _rows(table, max_rows), chosen, names


def _rows(table: Any, max_rows: int) -> list[list[Any]]:
    from odf.table import TableRow

    rows: list[list[Any]] = []
    pending_empty = 0
    for row in table.getElementsByType(TableRow):
        repeat = _count(row.getAttribute("numberrowsrepeated"))
        cells = _cells(row)
        if not any(c is not None for c in cells):
            pending_empty += repeat
            continue
        if pending_empty:
            rows.extend([] for _ in range(min(pending_empty, max_rows + 2)))
            pending_empty = 0
        for _ in range(min(repeat, max_rows + 2)):
            rows.append(list(cells))
        if len(rows) > max_rows + 1:
            raise OdsError("too_many_rows")
    # Rows as wide as the widest, as openpyxl gives them: a trailing empty cell is None.
    width = max((len(r) for r in rows), default=0)
    return [r + [None] * (width - len(r)) if r else r for r in rows]


def _cells(row: Any) -> list[Any]:
    values: list[Any] = []
    pending_empty = 0
    for cell in row.childNodes:
        if cell.qname[1] not in ("table-cell", "covered-table-cell"):
            continue
        repeat = _count(cell.getAttribute("numbercolumnsrepeated"))
        value = _value(cell)
        if value is None:
            pending_empty += repeat
            continue
        values.extend([None] * min(pending_empty, 16_384))
        pending_empty = 0
        values.extend([value] * min(repeat, 16_384))
    return values


def _count(text: Any) -> int:
    try:
        return max(1, int(text))
    except (TypeError, ValueError):
        return 1


def _value(cell: Any) -> Any:
    from odf import teletype
    from odf.text import P

    kind = cell.getAttribute("valuetype")
    try:
        if kind in ("float", "percentage", "currency"):
            number = float(cell.getAttribute("value"))
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        if kind == "date":
            text = str(cell.getAttribute("datevalue"))
            moment = datetime.fromisoformat(text)
            return moment.date() if "T" not in text else moment
        if kind == "boolean":
            return str(cell.getAttribute("booleanvalue")).lower() == "true"
    except (TypeError, ValueError):
        pass  # a damaged value attribute: fall back to the shown text
    lines = [teletype.extractText(p) for p in cell.getElementsByType(P)]
    text = "\n".join(lines)
    return text if text != "" else None


def write_ods(
    scratch: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], sheet: str
) -> None:
    """Write one sheet: a bold header row and the rows, numbers as numbers.

    ODS keeps text and formulas apart (a formula is an attribute, never cell text),
    so formula-like text needs no apostrophe here.
    """
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TextProperties
    from odf.table import Table, TableCell, TableRow

    document = OpenDocumentSpreadsheet()
    bold = Style(name="Header", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#eeeeee"))
    document.automaticstyles.addElement(bold)
    table = Table(name=sheet)
    header_row = TableRow()
    for header in headers:
        header_row.addElement(_cell(TableCell, str(header), bold))
    table.addElement(header_row)
    for values in rows:
        row = TableRow()
        for value in values:
            row.addElement(_cell(TableCell, value, None))
        table.addElement(row)
    document.spreadsheet.addElement(table)
    with scratch.open("wb") as handle:
        document.write(handle)


def _cell(kind: Any, value: Any, style: Any) -> Any:
    from odf import teletype
    from odf.text import P

    extra = {"stylename": style} if style is not None else {}
    if isinstance(value, float) and not math.isfinite(value):
        value = None  # ODS has no NaN or infinity: an empty cell
    if value is None:
        return kind(**extra)
    if isinstance(value, bool):
        cell = kind(valuetype="boolean", booleanvalue="true" if value else "false", **extra)
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, int | float):
        cell = kind(valuetype="float", value=repr(float(value)), **extra)
        text = str(value)
    elif isinstance(value, datetime):
        cell = kind(valuetype="date", datevalue=value.isoformat(timespec="seconds"), **extra)
        text = value.isoformat(sep=" ", timespec="minutes")
    elif isinstance(value, date):
        cell = kind(valuetype="date", datevalue=value.isoformat(), **extra)
        text = value.isoformat()
    else:
        text = _ILLEGAL_XML.sub("", str(value))
        cell = kind(valuetype="string", **extra)
    for line in text.split("\n"):
        paragraph = P()
        teletype.addTextToElement(paragraph, line)
        cell.addElement(paragraph)
    return cell
