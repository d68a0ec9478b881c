"""Reading and writing tables (CSV, XLSX, ODS) the way spreadsheet users produce them.

CSV from German Excel uses ";" and decimal commas, may be Windows-1252, may carry
a BOM and may hold line breaks inside quoted fields; all of that is accepted.
XLSX goes through openpyxl, ODS (LibreOffice) through odfpy (`reports.ods`). Values
are returned as text (CSV) or as the cell's value (XLSX, ODS); `parse_number` and
`parse_date` turn either into numbers and dates. Writing is in `reports.table_writer`.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tpm_desktop.core.errors import TpmError
from tpm_desktop.reports.cell_safety import restored
from tpm_desktop.reports.ods import OdsError, is_ods, read_ods

MAX_TABLE_BYTES = 200 * 1024 * 1024
MAX_ROWS = 200_000
MAX_CELL_CHARS = 2_000_000
# csv refuses a longer field (one huge field must not exhaust memory); the table is
# then refused with table_cell_too_large. XLSX cells are cut to this length.
csv.field_size_limit(MAX_CELL_CHARS + 1)


class TableError(TpmError):
    """A table file cannot be read or written."""


@dataclass
class Table:
    """Rows of one sheet: a header row and data rows, each a list of cell values."""

    headers: list[str]
    rows: list[list[Any]]
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    # The row number a spreadsheet shows for each data row (1-based, counting the
    # header and blank rows), so that problems can be reported where users look.
    row_numbers: list[int] = field(default_factory=list)

    def row_number(self, index: int) -> int:
        """The spreadsheet row number of data row `index` (0-based)."""
        if index < len(self.row_numbers):
            return self.row_numbers[index]
        return index + 2

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts keyed by header (missing cells are None)."""
        return [
            {h: (row[i] if i < len(row) else None) for i, h in enumerate(self.headers)}
            for row in self.rows
        ]


def read_table(path: Path | str, sheet: str | None = None) -> Table:
    """Read a CSV, XLSX or ODS file; the first non-empty row is the header.

    Raises TableError (with a bilingual message) for anything unreadable.
    """
    path = Path(path)
    size = _checked_file(path).st_size
    if size > MAX_TABLE_BYTES:
        raise TableError("table_too_large", path, limit=MAX_TABLE_BYTES // (1024 * 1024))
    if _is_ods(path):
        return _read_ods(path, sheet)
    if _is_workbook(path):
        return _read_xlsx(path, sheet)
    if path.suffix.lower() in CSV_SUFFIXES:
        return _read_csv(path)
    raise TableError("table_format", path)


# Suffixes read as CSV unless the content is a workbook (a renamed .xlsx).
CSV_SUFFIXES = (".csv", ".txt", ".tsv", "")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
ODS_SUFFIXES = (".ods",)
ZIP_MAGIC = b"PK\x03\x04"
# Old binary Excel files (.xls) and password-protected workbooks are OLE2 compound files.
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _head(path: Path, size: int = 8) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(size)
    except FileNotFoundError as exc:
        raise TableError("file_not_found", path) from exc
    except OSError as exc:
        raise TableError("io_error", path, detail=exc.strerror or str(exc)) from exc


def _is_workbook(path: Path) -> bool:
    """True for an .xlsx file, judged by its content first and its name second.

    A workbook renamed to .csv is read as a workbook; a file named .xlsx that is
    not one gets a message saying what it is instead of a zip error.
    """
    suffix = path.suffix.lower()
    if suffix not in (*XLSX_SUFFIXES, *CSV_SUFFIXES):
        return False
    head = _head(path)
    if is_ods(head):
        return False
    if head.startswith(ZIP_MAGIC):
        return True
    if head.startswith(OLE2_MAGIC):
        raise TableError("table_old_excel", path)
    if suffix in XLSX_SUFFIXES:
        raise TableError("table_not_xlsx", path)
    return False


def sheet_names(path: Path | str) -> list[str]:
    """The worksheets of an .xlsx file, in workbook order; [] for CSV.

    Raises TableError like read_table.
    """
    path = Path(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        try:
            path.stat()
        except (OSError, ValueError):
            return []  # read_table says what is wrong (missing, name too long, ...)
    _checked_file(path)  # before reading its head: a pipe or device is never read
    if _is_ods(path):
        return _read_ods(path, None).sheets
    if not _is_workbook(path):
        return []
    with _open_workbook(path) as book:
        return list(book.sheetnames)


def _is_ods(path: Path) -> bool:
    """True for an OpenDocument spreadsheet, by content (a renamed one too) or name.

    A file named .ods that is none gets a message saying so.
    """
    suffix = path.suffix.lower()
    if suffix not in (*ODS_SUFFIXES, *XLSX_SUFFIXES, *CSV_SUFFIXES):
        return False
    head = _head(path, 120)
    if is_ods(head):
        return True
    if suffix in ODS_SUFFIXES:
        if head.startswith(OLE2_MAGIC) or head.startswith(ZIP_MAGIC):
            raise TableError("table_damaged_ods", path)
        raise TableError("table_not_ods", path)
    return False


def _read_ods(path: Path, sheet: str | None) -> Table:
    try:
        rows, chosen, names = read_ods(path, sheet, MAX_ROWS)
    except OdsError as exc:
        if exc.reason == "sheet_missing":
            raise TableError("sheet_missing", path, sheet=sheet or "", sheets=exc.detail) from exc
        if exc.reason == "too_many_rows":
            raise TableError("table_too_many_rows", path, limit=MAX_ROWS) from exc
        if exc.reason == "too_large":
            limit = MAX_TABLE_BYTES // (1024 * 1024)
            raise TableError("table_too_large", path, limit=limit) from exc
        raise TableError("table_damaged_ods", path) from exc
    table = _table_from_rows(rows, path)
    table.sheet, table.sheets = chosen, names
    return table


def _workbook_error(path: Path, exc: Exception) -> TableError:
    if isinstance(exc, zipfile.BadZipFile | KeyError):
        return TableError("table_damaged_xlsx", path)  # truncated, or a zip of other files
    return TableError("table_unreadable", path, detail=type(exc).__name__)


def _checked_file(path: Path) -> os.stat_result:
    """The status of an ordinary file at `path`, or TableError saying why it is none.

    A folder, a device or a pipe is refused before it is read: reading /dev/zero
    or a pipe without a writer never ends.
    """
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise TableError("file_not_found", path) from exc
    except OSError as exc:
        raise TableError("io_error", path, detail=exc.strerror or str(exc)) from exc
    except ValueError as exc:  # a NUL character, text no file name can hold
        raise TableError("invalid_path", path) from exc
    if stat.S_ISDIR(info.st_mode):
        raise TableError("table_is_folder", path)
    if not stat.S_ISREG(info.st_mode):
        raise TableError("not_regular_file", path)
    return info


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    encoding = _utf16(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise TableError("table_binary", path) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise TableError("table_binary", path)
    return data.decode("cp1252", errors="replace")


def _utf16(data: bytes) -> str | None:
    """ "utf-16" for text with a UTF-16 byte order mark ("Unicode text" from Excel), or
    "utf-16-le"/"-be" when every other byte of the start is zero; else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(sample) >= 4 and len(sample) % 2 == 0:
        if not sample[1::2].strip(b"\x00") and sample[0::2].count(0) == 0:
            return "utf-16-le"
        if not sample[0::2].strip(b"\x00") and sample[1::2].count(0) == 0:
            return "utf-16-be"
    return None


def _read_csv(path: Path) -> Table:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_TABLE_BYTES + 1)  # a file may grow after stat
    except OSError as exc:
        raise TableError("io_error", path, detail=exc.strerror or str(exc)) from exc
    if len(data) > MAX_TABLE_BYTES:
        raise TableError("table_too_large", path, limit=MAX_TABLE_BYTES // (1024 * 1024))
    text = _decode(data, path)
    if "\x00" in text:
        raise TableError("table_binary", path)
    delimiter = _sniff_delimiter(text)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        # Take off the apostrophe that keeps formula-like text inert (cell_safety);
        # an XLSX stores such text as text instead and needs nothing taken off.
        rows = [[restored(cell) for cell in row] for row in reader]
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise TableError("table_cell_too_large", path, limit=f"{MAX_CELL_CHARS:,}") from exc
        raise TableError("table_unreadable", path, detail=str(exc)) from exc
    return _table_from_rows(rows, path)


def _sniff_delimiter(text: str) -> str:
    """ ";", "," or tab: whichever splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for candidate in (";", ",", "\t"):
        counts = [_count_outside_quotes(line, candidate) for line in lines]
        if counts[0] == 0:
            continue
        consistent = sum(1 for c in counts if c == counts[0]) / len(counts)
        score = consistent * 10 + counts[0] / 100
        if score > best_score:
            best, best_score = candidate, score
    return best


def _count_outside_quotes(line: str, char: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == char and not quoted:
            count += 1
    return count


@contextmanager
def _open_workbook(path: Path) -> Iterator[Any]:
    """An openpyxl workbook (read-only), closed afterwards; raises TableError."""
    import openpyxl  # only when an XLSX is read

    try:
        file = path.open("rb")  # a file object: openpyxl would refuse a ".csv" name
    except OSError as exc:
        raise TableError("io_error", path, detail=exc.strerror or str(exc)) from exc
    with file:
        try:
            book = openpyxl.load_workbook(file, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
            raise _workbook_error(path, exc) from exc
        try:
            yield book
        finally:
            book.close()


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    with _open_workbook(path) as book:
        return _read_sheet(book, path, sheet)


def _read_sheet(book: Any, path: Path, sheet: str | None) -> Table:
    try:
        names = list(book.sheetnames)
        if sheet is None:
            sheet = names[0] if names else None
        if sheet not in names:
            raise TableError("sheet_missing", path, sheet=sheet or "", sheets=", ".join(names))
        rows: list[list[Any]] = []
        for row in book[sheet].iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                raise TableError("table_too_many_rows", path, limit=MAX_ROWS)
    except TableError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise TableError("table_unreadable", path, detail=type(exc).__name__) from exc
    table = _table_from_rows(rows, path)
    table.sheet, table.sheets = sheet, names
    return table


def _table_from_rows(rows: list[list[Any]], path: Path) -> Table:
    numbered = [
        (number, row)
        for number, row in enumerate(rows, start=1)
        if any(_present(cell) for cell in row)
    ]
    if not numbered:
        raise TableError("table_empty", path)
    if len(numbered) > MAX_ROWS + 1:
        raise TableError("table_too_many_rows", path, limit=MAX_ROWS)
    headers = [_header(cell) for cell in numbered[0][1]]
    while headers and not headers[-1]:
        headers.pop()
    body = [[_cap(cell) for cell in row] for _, row in numbered[1:]]
    return Table(headers, body, row_numbers=[number for number, _ in numbered[1:]])


def _present(cell: Any) -> bool:
    return cell is not None and str(cell).strip() != ""


def _header(cell: Any) -> str:
    return "" if cell is None else " ".join(str(cell).split())


def _cap(cell: Any) -> Any:
    if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
        return cell[:MAX_CELL_CHARS]
    return cell


def normalise_header(header: str) -> str:
    """A header for matching: lower case, single spaces, no surrounding space."""
    return " ".join(str(header).split()).casefold()


_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
# Thousands grouping (normalised to "."): 1.234 or 12.345.678, never 15.03.2026.
_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$|^\d+$")


def parse_number(value: Any) -> float | None:
    """A number from a cell: 1234.5, "1234,5", "1.234,5", "1,234.5", "12 %"; None if empty.

    Raises ValueError for text that is not a number.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
        text = text.removesuffix("%").removesuffix("€").removeprefix("€")
        if not text:
            return None
        if "," in text and "." in text:
            # the later one is the decimal separator, the other groups thousands
            decimal, grouping = (",", ".") if text.rfind(",") > text.rfind(".") else (".", ",")
            whole = text.rsplit(decimal, 1)[0].lstrip("+-")
            if not _GROUPED.match(whole.replace(grouping, ".")):
                raise ValueError(f"not a number: {value!r}")
            text = text.replace(grouping, "").replace(decimal, ".")
        elif text.count(",") == 1:
            text = text.replace(",", ".")
        elif text.count(".") > 1 or text.count(",") > 1:
            # 1.234.567 or 1,234,567; but 15.03.2026 is a date, not a number
            separator = "." if "." in text else ","
            if not _GROUPED.match(text.lstrip("+-").replace(separator, ".")):
                raise ValueError(f"not a number: {value!r}")
            text = text.replace(separator, "")
        if not _NUMBER.match(text):
            raise ValueError(f"not a number: {value!r}")
        number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"not a finite number: {value!r}")
    return number


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%Y/%m/%d", "%Y-%m-%dT%H:%M:%S")


def parse_date(value: Any) -> date | None:
    """A date from a cell: ISO "2026-12-31", German "31.12.2026", or a spreadsheet date.

    Raises ValueError for text that is not a date; None for an empty cell.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2} ", text) else text
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {value!r}")
