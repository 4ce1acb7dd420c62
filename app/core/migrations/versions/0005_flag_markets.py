"""each resolved flag keeps its market

Revision ID: 0005_flag_markets
Revises: 0004_decision_markets
Create Date: 2026-11-25 01:30:00

No table changes. A decision's ``flags_seen`` entries now carry the flag's market and severity
([rule id, trigger, market, severity]), so a decision settles a flag only for the market it was
raised for, and a flag is "stricter" only when it is more severe than the person saw. Borderline versions that know only revision 0004 read two elements per entry and
would fail on these; the new revision makes them refuse the database with their "written by a
newer version" message instead. Entries with two elements stay readable by this version.
Downgrading keeps the first two elements, which is what 0004 reads.
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005_flag_markets"
down_revision = "0004_decision_markets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, flags_seen FROM decisions WHERE flags_seen IS NOT NULL")).all()
    for decision_id, text in rows:
        entries = json.loads(text) if isinstance(text, str) else text
        bind.execute(sa.text("UPDATE decisions SET flags_seen = :v WHERE id = :id"),
                     {"v": json.dumps([list(e[:2]) for e in entries]), "id": decision_id})
