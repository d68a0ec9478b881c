"""Stable identities of records across copies of one project file.

Integer ids are local keys: two copies of a file hand out the same next id to
different new records. A UUID names a record in every copy, which is what lets
copies be compared and merged. Records keyed by their parents (a score is a
touchpoint on a criterion) take their identity from their parents' UUIDs.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from typing import Any, TypeVar

R = TypeVar("R")

# Namespace of the UUIDs derived when a file of schema version 1 (which had none)
# is upgraded: copies of one version-1 file upgraded apart still agree on them.
UPGRADE_NAMESPACE = uuid.UUID("6f1d2c3e-0b7a-4e55-9a61-54504d310002")

_FORM = re.compile(r"\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def new_uuid() -> str:
    """A fresh random UUID in its canonical text form."""
    return str(uuid.uuid4())


def derived_uuid(namespace: str, name: str) -> str:
    """A UUID that depends only on `namespace` (a UUID) and `name` (uuid5)."""
    return str(uuid.uuid5(uuid.UUID(namespace), name))


def is_uuid(text: object) -> bool:
    """True for a UUID in canonical lower-case text form."""
    return isinstance(text, str) and _FORM.match(text) is not None


def fresh_copy(record: R, **fields: Any) -> R:
    """A copy of a record with a new UUID (and the given fields changed)."""
    return dataclasses.replace(record, uuid=new_uuid(), **fields)  # type: ignore[type-var]
