"""A score field: a spin box and a slider for one score, with "not rated" and "mixed".

"Not rated" is a state of its own (an empty field showing "–"), never 0. "Mixed"
is shown when several touchpoints are selected whose values differ; the field
then changes nothing until the user sets a value. Typing is made for fast,
keyboard-only scoring: a digit replaces the score (and is saved at once when no
further digit could follow it), Delete clears it, Up/Down step, Return asks for
the next touchpoint and Shift+Return for the previous one.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QSlider,
    QWidget,
)

from tpm_desktop.ui.assessment.labels import number


def parse_score(text: str) -> float | None:
    """A typed score ("3", "3,5", "3.5"); None for empty text; ValueError otherwise."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


class ScoreSpinBox(QAbstractSpinBox):
    """A spin box for a score on a scale, or "not rated", or "mixed"."""

    committed = Signal(object)  # float | None, set by the user
    advance_requested = Signal(int)  # +1: Return (next touchpoint), -1: Shift+Return

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._low, self._high = 1, 5
        self._value: float | None = None
        self._mixed = False
        self._edited = False
        self.setKeyboardTracking(False)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._finish)
        metrics = self.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self._mixed_text()),
            metrics.horizontalAdvance("10,25"),
        )
        self.setMinimumWidth(widest + 40)
        self._show()

    # -- state ---------------------------------------------------------------------

    @staticmethod
    def _mixed_text() -> str:
        return QCoreApplication.translate("Assessment", "mixed")

    @property
    def low(self) -> int:
        """The scale's lowest value."""
        return self._low

    @property
    def high(self) -> int:
        """The scale's highest value."""
        return self._high

    def set_scale(self, low: int, high: int) -> None:
        """The scale the score lives on."""
        self._low, self._high = low, high
        self.setToolTip(
            QCoreApplication.translate(
                "Assessment", "Type %1 to %2 · Del: not rated · Return: next touchpoint"
            )
            .replace("%1", str(low))
            .replace("%2", str(high))
        )

    def score(self) -> float | None:
        """The score shown (None: not rated or mixed)."""
        return self._value

    def is_mixed(self) -> bool:
        """True while the field stands for several different values."""
        return self._mixed

    def set_state(self, value: float | None, mixed: bool = False) -> None:
        """Show a value from the document (emits nothing)."""
        self._mixed = mixed
        self._value = None if mixed else value
        self._edited = False
        self._show()

    def _display(self, value: float | None) -> str:
        return "" if value is None else number(value, 2, "")

    def _show(self) -> None:
        self.lineEdit().setPlaceholderText(self._mixed_text() if self._mixed else "–")
        text = self._display(self._value)
        if self.lineEdit().text() != text:
            self.lineEdit().setText(text)
        self.update()

    def _commit(self, value: float | None) -> None:
        changed = self._mixed or value != self._value
        self._mixed = False
        self._value = value
        self._edited = False
        self._show()
        if changed:
            self.committed.emit(value)

    # -- QAbstractSpinBox ----------------------------------------------------------

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        """Up until the top of the scale; down until "not rated"."""
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        if self._value is None or self._value < self._high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self._value is not None:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def stepBy(self, steps: int) -> None:
        """Whole steps; below the lowest value is "not rated"."""
        value = self._value
        if value is None:
            new: float | None = self._low + max(0, steps - 1) if steps > 0 else None
        elif steps > 0:
            new = math.floor(value) + steps
        else:
            new = math.ceil(value) + steps
            new = None if new < self._low else new
        if new is not None:
            new = float(min(self._high, max(self._low, new)))
        self._commit(new)
        self.lineEdit().selectAll()

    def validate(self, text: str, pos: int) -> QValidator.State:
        """Empty, or a number within the scale; prefixes of one are intermediate."""
        stripped = text.strip()
        if not stripped:
            return QValidator.State.Acceptable
        if stripped[-1] in ",." and stripped[:-1].isdigit():
            return QValidator.State.Intermediate
        try:
            value = parse_score(stripped)
        except ValueError:
            return QValidator.State.Invalid
        assert value is not None
        if self._low <= value <= self._high:
            return QValidator.State.Acceptable
        if value < self._low:
            return QValidator.State.Intermediate
        return QValidator.State.Invalid

    def fixup(self, text: str) -> str:
        """Unacceptable text goes back to the current value."""
        return self._display(self._value)

    # -- keyboard ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits replace the score, Delete clears it, Return moves on."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish()
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.advance_requested.emit(-1 if shift else 1)
            event.accept()
            return
        if self.isReadOnly():  # a read-only project: look and move on, never change
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self._commit(None)
            event.accept()
            return
        typed = event.text()
        if typed.isdigit() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            edit = self.lineEdit()
            text, cursor = edit.text(), edit.cursorPosition()
            if edit.hasSelectedText():
                start = edit.selectionStart()
                candidate = text[:start] + typed + text[start + len(edit.selectedText()) :]
            else:
                candidate = text[:cursor] + typed + text[cursor:]
            if self.validate(candidate, 0) == QValidator.State.Invalid:
                candidate = typed  # a digit always starts a new score
            if self.validate(candidate, 0) == QValidator.State.Invalid:
                event.accept()
                return
            edit.setText(candidate)
            self._edited = True
            if self._complete(candidate):
                self._finish()
                edit.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)

    def _complete(self, text: str) -> bool:
        """True when no further digit could make a valid score of `text`."""
        if not text.isdigit():
            return False
        return all(int(text + d) > self._high for d in "0123456789")

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Select the score so that the next digit replaces it."""
        super().focusInEvent(event)
        self.lineEdit().selectAll()

    def _on_text_edited(self, _text: str) -> None:
        self._edited = True

    def _finish(self) -> None:
        if not self._edited:
            return
        text = self.lineEdit().text()
        try:
            value = parse_score(text)
        except ValueError:
            self._show()
            return
        if value is not None and not self._low <= value <= self._high:
            self._edited = False
            self._show()
            return
        self._commit(value)


class ScoreSlider(QSlider):
    """A slider for the same score; dimmed while "not rated" or "mixed"."""

    committed = Signal(object)  # float, set by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.setTracking(False)
        self.setPageStep(1)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setTickInterval(1)
        self.setMinimumWidth(60)
        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(0.35)
        self.setGraphicsEffect(self._effect)
        self._empty = True
        self.valueChanged.connect(self._on_value_changed)
        self.sliderReleased.connect(self._on_released)

    def set_scale(self, low: int, high: int) -> None:
        """The scale's range."""
        self.blockSignals(True)
        self.setRange(low, high)
        self.blockSignals(False)

    def set_state(self, value: float | None, mixed: bool = False) -> None:
        """Show a value from the document (emits nothing)."""
        self._empty = value is None or mixed
        self._effect.setEnabled(self._empty)
        self.blockSignals(True)
        self.setValue(self.minimum() if self._empty else round(value or 0))
        self.blockSignals(False)

    def _on_value_changed(self, value: int) -> None:
        self._empty = False
        self._effect.setEnabled(False)
        self.committed.emit(float(value))

    def _on_released(self) -> None:
        # A click on the handle of an empty slider rates at the handle's value.
        if self._empty:
            self._on_value_changed(self.value())


class ScoreField(QWidget):
    """A spin box and a slider side by side for one score."""

    committed = Signal(object)  # float | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = ScoreSpinBox()
        self.slider = ScoreSlider()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.spin)
        layout.addWidget(self.slider, 1)
        self.setFocusProxy(self.spin)
        self.spin.committed.connect(self._on_spin)
        self.slider.committed.connect(self._on_slider)

    def set_scale(self, low: int, high: int) -> None:
        """The scale both parts work on."""
        self.spin.set_scale(low, high)
        self.slider.set_scale(low, high)

    def set_state(self, value: float | None, mixed: bool = False) -> None:
        """Show a value from the document."""
        if not self.spin.hasFocus() or self.spin.score() != value or self.spin.is_mixed():
            self.spin.set_state(value, mixed)
        self.slider.set_state(value, mixed)

    def set_read_only(self, read_only: bool) -> None:
        """Show values without allowing changes."""
        self.spin.setReadOnly(read_only)
        self.slider.setEnabled(not read_only)

    def _on_spin(self, value: float | None) -> None:
        self.slider.set_state(value)
        self.committed.emit(value)

    def _on_slider(self, value: float) -> None:
        self.spin.set_state(value)
        self.committed.emit(value)
