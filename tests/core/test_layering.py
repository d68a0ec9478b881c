"""core, reports and the headless commands never import Qt (DESIGN.md, section 2)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "tpm_desktop"
# Layers from the bottom up; a layer may import itself and the ones before it.
LAYERS = ["core", "reports", "document", "ui"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_lower_layers_never_import_higher_ones_or_qt():
    problems = []
    for index, layer in enumerate(LAYERS):
        forbidden = {f"tpm_desktop.{higher}" for higher in LAYERS[index + 1 :]}
        if layer in ("core", "reports"):
            forbidden |= {"PySide6", "shiboken6"}
        if layer == "reports":
            forbidden.discard("tpm_desktop.document")
        for path in (PACKAGE / layer).rglob("*.py"):
            for module in imported_modules(path):
                if any(module == f or module.startswith(f + ".") for f in forbidden):
                    problems.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert problems == []


def test_cli_commands_run_without_loading_qt():
    code = (
        "import sys, importlib, pkgutil\n"
        "import tpm_desktop.core, tpm_desktop.reports, tpm_desktop.cli\n"
        "for pkg in (tpm_desktop.core, tpm_desktop.reports, tpm_desktop.cli):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "from tpm_desktop.cli.main import main\n"
        "main(['--help'])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent
    )
    assert result.returncode == 0, result.stderr
