"""Guard against the PySide6 fault that aborts after thousands of void method calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method
returning nothing; after some thousand calls the process dies with "Fatal Python
error: none_dealloc". The pins in pyproject.toml exclude it; this test makes sure
a future release with the same fault fails CI instead of users' sessions.
"""

from __future__ import annotations

import subprocess
import sys

CALLS = 100_000

SCRIPT = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsItem
app = QApplication([])
item = QGraphicsRectItem(0, 0, 10, 10)
before = sys.getrefcount(None)
for i in range({CALLS} // 2):
    item.setPos(i % 100, 0)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, bool(i % 2))
after = sys.getrefcount(None)
print("ok", before, after)
"""


def test_hundred_thousand_void_calls_do_not_leak_none():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")
