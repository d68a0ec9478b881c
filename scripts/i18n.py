"""Translation workflow for the Qt interface.

Source strings are English, in `self.tr(...)` / `QCoreApplication.translate(...)`.
Each area of the code has its own .ts files so that work on different areas never
touches the same file:

    resources/i18n/<area>_de.ts   German translations (every message)
    resources/i18n/<area>_en.ts   English plural forms (numerus messages only)
    resources/i18n/tpm_de.qm      compiled from all *_de.ts
    resources/i18n/tpm_en.qm      compiled from all *_en.ts

An area is a sub-package of tpm_desktop/ui (ui/canvas -> "canvas"); modules
directly in tpm_desktop/ui form "shell", tpm_desktop/document forms "document".

Usage:
    python scripts/i18n.py update            # extract strings into the .ts files
    python scripts/i18n.py missing           # print untranslated messages as JSON
    python scripts/i18n.py fill FILE.json    # apply translations (format below)
    python scripts/i18n.py release           # compile the .qm files
    python scripts/i18n.py check             # fail when anything is missing or stale

The JSON for `fill` maps context -> source -> translation; a numerus message takes a
list of forms ([singular, plural]). A top-level key "lang" selects "de" (default)
or "en":  {"lang": "de", "MainWindow": {"&File": "&Datei"}}
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tpm_desktop"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "en")


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def areas() -> dict[str, list[Path]]:
    """Area name -> the Python files whose strings belong to it."""
    result: dict[str, list[Path]] = {"document": sorted((PACKAGE / "document").rglob("*.py"))}
    ui = PACKAGE / "ui"
    result["shell"] = sorted(p for p in ui.glob("*.py"))
    for sub in sorted(p for p in ui.iterdir() if p.is_dir() and p.name != "__pycache__"):
        files = sorted(sub.rglob("*.py"))
        if files:
            result[sub.name] = files
    return result


def ts_path(area: str, lang: str, folder: Path = I18N) -> Path:
    """The .ts file of an area and language."""
    return folder / f"{area}_{lang}.ts"


def update(folder: Path = I18N) -> None:
    """Run lupdate for every area and language (obsolete messages are dropped)."""
    folder.mkdir(parents=True, exist_ok=True)
    lupdate = _tool("pyside6-lupdate")
    for area, files in areas().items():
        for lang in LANGUAGES:
            target = ts_path(area, lang, folder)
            subprocess.run(
                [
                    lupdate,
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-target-language",
                    "de_DE" if lang == "de" else "en_US",
                    *map(str, files),
                    "-ts",
                    str(target),
                ],
                check=True,
                capture_output=True,
            )
    known = {ts_path(a, lang).name for a in areas() for lang in LANGUAGES}
    for stale in folder.glob("*.ts"):
        if stale.name not in known:
            stale.unlink()


def _messages(path: Path):
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _needs_translation(message: ET.Element, lang: str) -> bool:
    numerus = message.get("numerus") == "yes"
    if lang == "en" and not numerus:
        return False  # English sources need no translation, only plural forms
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    if numerus:
        return any(not (f.text or "").strip() for f in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def missing(folder: Path = I18N) -> dict[str, dict[str, dict[str, object]]]:
    """lang -> context -> source -> "" (or ["", ""] for plurals) of what is missing."""
    result: dict[str, dict[str, dict[str, object]]] = {lang: {} for lang in LANGUAGES}
    for lang in LANGUAGES:
        for path in sorted(folder.glob(f"*_{lang}.ts")):
            for context, message in _messages(path):
                if _needs_translation(message, lang):
                    source = message.findtext("source") or ""
                    empty: object = ["", ""] if message.get("numerus") == "yes" else ""
                    result[lang].setdefault(context, {})[source] = empty
    return {lang: ctx for lang, ctx in result.items() if ctx}


def fill(json_path: Path) -> int:
    """Apply translations from a JSON file; returns how many messages were filled."""
    data = json.loads(json_path.read_text(encoding="utf-8"))
    lang = data.pop("lang", "de")
    count = 0
    for path in sorted(I18N.glob(f"*_{lang}.ts")):
        tree = ET.parse(path)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            wanted = data.get(name, {})
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if source not in wanted:
                    continue
                value = wanted[source]
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value, value]
                    for child in list(translation):
                        translation.remove(child)
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = str(value)
                changed = True
                count += 1
        if changed:
            _write(tree, path)
    return count


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def release() -> None:
    """Compile tpm_<lang>.qm from all .ts files of a language."""
    lrelease = _tool("pyside6-lrelease")
    for lang in LANGUAGES:
        sources = sorted(I18N.glob(f"*_{lang}.ts"))
        if sources:
            subprocess.run(
                [lrelease, "-silent", *map(str, sources), "-qm", str(I18N / f"tpm_{lang}.qm")],
                check=True,
            )


def check() -> int:
    """0 when every string in the code is translated and the .qm files are up to date.

    The code is extracted afresh into a scratch copy of the .ts files, so a string
    added to the code but never extracted counts as missing too.
    """
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for path in I18N.glob("*.ts"):
            shutil.copy(path, copy / path.name)
        update(copy)
        problems = missing(copy)
    for lang, contexts in problems.items():
        for context, sources in contexts.items():
            for source in sources:
                print(f"untranslated ({lang}) {context}: {source!r}")
    lrelease = _tool("pyside6-lrelease")
    with tempfile.TemporaryDirectory() as scratch:
        for lang in LANGUAGES:
            sources = sorted(I18N.glob(f"*_{lang}.ts"))
            if not sources:
                continue
            fresh = Path(scratch) / f"tpm_{lang}.qm"
            subprocess.run([lrelease, "-silent", *map(str, sources), "-qm", str(fresh)], check=True)
            committed = I18N / f"tpm_{lang}.qm"
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                print(f"stale: {committed.name}; run: python scripts/i18n.py release")
                problems.setdefault(lang, {})
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    """Command-line entry."""
    if not argv or argv[0] not in ("update", "missing", "fill", "release", "check"):
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
    elif command == "missing":
        print(json.dumps(missing(), ensure_ascii=False, indent=1))
    elif command == "fill":
        print(f"filled {fill(Path(argv[1]))} message(s)")
        update()  # lupdate rewrites the files in its own layout, so later runs change nothing
    elif command == "release":
        release()
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
