"""The project file's schema, version 4, as SQLAlchemy Core tables.

Column names equal the record field names in `core.model`, so records are written
and read generically. Foreign keys have no ON DELETE actions on purpose: every
dependent row is removed by the edit itself, so that undo can restore it, and a
forgotten dependent is refused by SQLite instead of silently cascading away.
"""

from __future__ import annotations

import sqlalchemy as sa

SCHEMA_VERSION = 4
# "TPM1" in ASCII: marks a SQLite file as a TPM Desktop project (PRAGMA application_id).
APPLICATION_ID = 0x54504D31

metadata = sa.MetaData()

_ENUMS = {
    "kind": ("online", "offline"),
    "media_type": ("owned", "paid", "earned"),
    "decision": ("keep", "focus", "combine", "neglect", "remove", "add"),
    "status": ("planned", "in_progress", "done", "dropped"),
    "direction": ("higher", "lower"),
    "frequency": ("weekly", "monthly", "quarterly"),
    "evidence_kind": ("image", "document", "link", "quote"),
}


def _choice(name: str, *, nullable: bool = False, values_of: str = "") -> sa.Column:
    values = ", ".join(f"'{v}'" for v in _ENUMS[values_of or name])
    check = f"{name} IN ({values})" if not nullable else f"{name} IS NULL OR {name} IN ({values})"
    return sa.Column(name, sa.String(16), sa.CheckConstraint(check), nullable=nullable)


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def _uuid(table: str) -> tuple[sa.Column, sa.Index]:
    # The index is named, not an inline UNIQUE, so that upgraded files (which gain
    # it with CREATE UNIQUE INDEX) and new files have the very same schema objects.
    return sa.Column("uuid", sa.String(36), nullable=False), sa.Index(
        f"uq_{table}_uuid", "uuid", unique=True
    )


project = sa.Table(
    "project",
    metadata,
    sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True),
    _text("name"),
    _text("client"),
    _text("author"),
    _text("description"),
    sa.Column("language", sa.String(8), nullable=False, server_default="en"),
    sa.Column("currency", sa.String(8), nullable=False, server_default="EUR"),
    sa.Column("total_budget", sa.Float),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("modified_at", sa.DateTime, nullable=False),
    *_uuid("project"),
)

setting = sa.Table(
    "setting",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

department = sa.Table(
    "department",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("color", sa.String(16), nullable=False),
    _text("contact_person"),
    _text("contact_email"),
    *_uuid("department"),
)

channel = sa.Table(
    "channel",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    _choice("kind"),
    sa.Column("color", sa.String(16), nullable=False),
    *_uuid("channel"),
)

phase = sa.Table(
    "phase",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    *_uuid("phase"),
)

criterion = sa.Table(
    "criterion",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    _text("description"),
    sa.Column("weight", sa.Float, sa.CheckConstraint("weight >= 0"), nullable=False),
    sa.Column("scale_min", sa.Integer, nullable=False),
    sa.Column("scale_max", sa.Integer, nullable=False),
    sa.CheckConstraint("scale_min < scale_max", name="criterion_scale"),
    sa.Column(
        "role",
        sa.String(16),
        sa.CheckConstraint("role IN ('performance', 'relevance')"),
        nullable=False,
        server_default="performance",
    ),
    *_uuid("criterion"),
)

touchpoint = sa.Table(
    "touchpoint",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("department_id", sa.ForeignKey("department.id"), nullable=False, index=True),
    sa.Column("channel_id", sa.ForeignKey("channel.id"), nullable=False, index=True),
    sa.Column("phase_id", sa.ForeignKey("phase.id"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    _text("description"),
    _choice("media_type", nullable=True),
    _text("responsible"),
    _text("as_is"),
    _text("target"),
    sa.Column(
        "experience",
        sa.Integer,
        sa.CheckConstraint("experience IS NULL OR experience BETWEEN -2 AND 2"),
    ),
    _choice("decision"),
    sa.Column("is_super", sa.Boolean, nullable=False),
    sa.Column("budget", sa.Float),
    # Added in version 2: the short visible id, relevance, target experience, lock.
    sa.Column("code", sa.String(16), nullable=False, server_default=""),
    sa.Column("relevance", sa.Float),
    sa.Column(
        "target_experience",
        sa.Integer,
        sa.CheckConstraint("target_experience IS NULL OR target_experience BETWEEN -2 AND 2"),
    ),
    sa.Column("budget_locked", sa.Boolean, nullable=False, server_default="0"),
    *_uuid("touchpoint"),
)

combination = sa.Table(
    "combination",
    metadata,
    sa.Column("touchpoint_id", sa.ForeignKey("touchpoint.id"), primary_key=True),
    sa.Column("partner_id", sa.ForeignKey("touchpoint.id"), primary_key=True, index=True),
)

score = sa.Table(
    "score",
    metadata,
    sa.Column("touchpoint_id", sa.ForeignKey("touchpoint.id"), primary_key=True),
    sa.Column("criterion_id", sa.ForeignKey("criterion.id"), primary_key=True, index=True),
    sa.Column("as_is", sa.Float),
    sa.Column("target", sa.Float),
    sa.Column("as_is_spread", sa.Float),
    sa.Column("as_is_count", sa.Integer),
)

measure = sa.Table(
    "measure",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("touchpoint_id", sa.ForeignKey("touchpoint.id"), nullable=False, index=True),
    sa.Column("title", sa.Text, nullable=False),
    _text("description"),
    _text("owner"),
    sa.Column("due_date", sa.Date),
    _choice("status"),
    sa.Column("cost", sa.Float),
    sa.Column("quick_win", sa.Boolean, nullable=False),
    *_uuid("measure"),
)

kpi = sa.Table(
    "kpi",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("touchpoint_id", sa.ForeignKey("touchpoint.id"), nullable=False, index=True),
    sa.Column("name", sa.Text, nullable=False),
    _text("unit"),
    sa.Column("target", sa.Float),
    _choice("direction"),
    _choice("frequency"),
    *_uuid("kpi"),
)

measurement = sa.Table(
    "measurement",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kpi_id", sa.ForeignKey("kpi.id"), nullable=False, index=True),
    sa.Column("date", sa.Date, nullable=False),
    sa.Column("value", sa.Float, nullable=False),
    _text("note"),
    *_uuid("measurement"),
)

workshop_rating = sa.Table(
    "workshop_rating",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("touchpoint_id", sa.ForeignKey("touchpoint.id"), nullable=False, index=True),
    # Version 4: NULL is a rating of the customer experience (-2 to +2), not a criterion.
    sa.Column("criterion_id", sa.ForeignKey("criterion.id"), nullable=True, index=True),
    sa.Column("participant", sa.Text, nullable=False),
    sa.Column("value", sa.Float, nullable=False),
    _text("group_name"),
    _text("batch"),
    *_uuid("workshop_rating"),
    sa.CheckConstraint(
        "criterion_id IS NOT NULL OR value BETWEEN -2 AND 2", name="ck_workshop_rating_experience"
    ),
)

# Round snapshots deliberately carry no foreign keys to the live rows: a round
# must survive the later deletion of a touchpoint or criterion.
assessment_round = sa.Table(
    "assessment_round",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("date", sa.Date, nullable=False),
    _text("note"),
    *_uuid("assessment_round"),
)

round_touchpoint = sa.Table(
    "round_touchpoint",
    metadata,
    sa.Column("round_id", sa.ForeignKey("assessment_round.id"), primary_key=True),
    sa.Column("touchpoint_id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("department_id", sa.Integer),
    _text("department_name"),
    sa.Column("weighted_as_is", sa.Float),
    sa.Column("weighted_target", sa.Float),
    # Added in version 2: names the touchpoint in every copy, even once deleted.
    sa.Column("touchpoint_uuid", sa.String(36), nullable=False, server_default=""),
)

round_criterion = sa.Table(
    "round_criterion",
    metadata,
    sa.Column("round_id", sa.ForeignKey("assessment_round.id"), primary_key=True),
    sa.Column("criterion_id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("weight", sa.Float, nullable=False),
    sa.Column("scale_min", sa.Integer, nullable=False),
    sa.Column("scale_max", sa.Integer, nullable=False),
    sa.Column("criterion_uuid", sa.String(36), nullable=False, server_default=""),
)

round_score = sa.Table(
    "round_score",
    metadata,
    sa.Column("round_id", sa.ForeignKey("assessment_round.id"), primary_key=True),
    sa.Column("touchpoint_id", sa.Integer, primary_key=True),
    sa.Column("criterion_id", sa.Integer, primary_key=True),
    sa.Column("as_is", sa.Float),
    sa.Column("target", sa.Float),
)

merge_log = sa.Table(
    "merge_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime, nullable=False),
    _text("author"),
    _text("source"),
    _text("source_project"),
    sa.Column("change_set", sa.String(36), nullable=False, server_default=""),
    sa.Column("absorbed", sa.Text, nullable=False, server_default="[]"),
    sa.Column("summary", sa.Text, nullable=False, server_default="{}"),
    *_uuid("merge_log"),
)

# The change journal (version 2): every change set committed to the file, field by
# field, with record UUIDs instead of local ids. It is not a record table: the state
# never holds it, the store writes it beside each change set (core.journal).
journal_change_set = sa.Table(
    "journal_change_set",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("uuid", sa.String(36), nullable=False, unique=True),
    sa.Column(
        "kind",
        sa.String(16),
        sa.CheckConstraint("kind IN ('create', 'upgrade', 'edit', 'undo', 'redo', 'merge')"),
        nullable=False,
    ),
    _text("label"),
    _text("author"),
    sa.Column("at", sa.DateTime, nullable=False),
)

journal_entry = sa.Table(
    "journal_entry",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("change_set", sa.ForeignKey("journal_change_set.seq"), nullable=False, index=True),
    sa.Column("record_table", sa.String(32), nullable=False),
    # The record's UUID, a JSON list of UUIDs for records keyed by their parents,
    # or a setting's name.
    sa.Column("record", sa.Text, nullable=False),
    # The touchpoint the change belongs to (its UUID), for a touchpoint's history.
    sa.Column("subject", sa.String(36), index=True),
    # A field's name, or "" for the whole record (an insert or a delete).
    sa.Column("field", sa.String(64), nullable=False),
    sa.Column("old", sa.Text),  # JSON; NULL where the record did not exist
    sa.Column("new", sa.Text),  # JSON; NULL where the record no longer exists
    # For changes merged from another copy: who made them there, and when.
    sa.Column("origin_author", sa.Text),
    sa.Column("origin_at", sa.DateTime),
)

# -- version 3: customer segments, evidence and comments ---------------------------

segment = sa.Table(
    "segment",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    _text("profile"),
    sa.Column("color", sa.String(16), nullable=False),
    # An optional picture (PNG or JPEG, checked by decoding) and its SHA-256, which
    # names the bytes in the journal and the merge instead of the bytes themselves.
    sa.Column("picture", sa.LargeBinary),
    sa.Column("picture_digest", sa.String(64), nullable=False, server_default=""),
    *_uuid("segment"),
)

# A touchpoint relevant to a segment, with that segment's customer experience.
touchpoint_segment = sa.Table(
    "touchpoint_segment",
    metadata,
    sa.Column("touchpoint_id", sa.ForeignKey("touchpoint.id"), primary_key=True),
    sa.Column("segment_id", sa.ForeignKey("segment.id"), primary_key=True, index=True),
    sa.Column(
        "experience",
        sa.Integer,
        sa.CheckConstraint("experience IS NULL OR experience BETWEEN -2 AND 2"),
    ),
)

# A segment's own as-is score on a criterion, overriding the general one.
segment_score = sa.Table(
    "segment_score",
    metadata,
    sa.Column("touchpoint_id", sa.ForeignKey("touchpoint.id"), primary_key=True),
    sa.Column("segment_id", sa.ForeignKey("segment.id"), primary_key=True, index=True),
    sa.Column("criterion_id", sa.ForeignKey("criterion.id"), primary_key=True, index=True),
    sa.Column("as_is", sa.Float, nullable=False),
)

comment = sa.Table(
    "comment",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("touchpoint_id", sa.ForeignKey("touchpoint.id"), nullable=False, index=True),
    sa.Column("parent_id", sa.ForeignKey("comment.id"), index=True),
    _text("author"),
    sa.Column("at", sa.DateTime, nullable=False),
    _text("text"),
    sa.Column("resolved", sa.Boolean, nullable=False, server_default="0"),
    *_uuid("comment"),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("touchpoint_id", sa.ForeignKey("touchpoint.id"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    _choice("kind", values_of="evidence_kind"),
    _text("title"),
    _text("filename"),
    _text("mime"),
    sa.Column("data", sa.LargeBinary),
    sa.Column("digest", sa.String(64), nullable=False, server_default=""),
    sa.Column("size", sa.Integer, nullable=False, server_default="0"),
    _text("url"),
    _text("quote"),
    _text("source"),
    sa.Column("quote_date", sa.Date),
    sa.Column("in_report", sa.Boolean, nullable=False, server_default="0"),
    sa.Column("added_at", sa.DateTime, nullable=False),
    *_uuid("evidence"),
)

EXPECTED_TABLES: frozenset[str] = frozenset(metadata.tables)
