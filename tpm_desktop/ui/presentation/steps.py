"""What a view offers to be presented: its steps, its whole, and the card under a point.

The presenter knows nothing about maps or journeys. A view that can be shown on a
projector implements `Presentable`: a list of `Step`s (a scene rectangle and its
title), the rectangle of everything, and where a card lies, for the pointer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QPoint, QRectF, QSizeF
from PySide6.QtWidgets import QGraphicsView, QWidget


@dataclass(frozen=True)
class Step:
    """One stop of a presentation.

    `frame` is the scene rectangle fitted to the screen (it may include room for
    headers pinned at the view's edges); `focus` is the group itself, which stays
    bright while the rest of the view is dimmed.
    """

    title: str
    frame: QRectF
    focus: QRectF


@runtime_checkable
class Presentable(Protocol):
    """A view the presenter can show full screen and step through."""

    @property
    def view(self) -> QGraphicsView:
        """The graphics view shown (the presenter zooms and scrolls it)."""
        ...

    def chrome(self) -> list[QWidget]:
        """Widgets around the view to hide while presenting (legends, side strips)."""
        ...

    def steps(self, viewport: QSizeF) -> list[Step]:
        """The steps, in order, for a viewport of this size (in pixels)."""
        ...

    def whole(self) -> QRectF:
        """The scene rectangle of everything (the Home key)."""
        ...

    def whole_title(self) -> str:
        """What the hint calls everything ("Whole map")."""
        ...

    def card_at(self, pos: QPoint) -> int | None:
        """The card (touchpoint id) under a viewport position, if any."""
        ...

    def card_rect(self, touchpoint_id: int) -> QRectF | None:
        """Where a card lies in the scene, or None when it is not shown."""
        ...

    def select(self, ids: list[int]) -> None:
        """Select cards as a click would (without scrolling the view)."""
        ...

    def bright_areas(self, step: Step) -> list[QRectF]:
        """The viewport rectangles that stay bright while `step` is shown."""
        ...
