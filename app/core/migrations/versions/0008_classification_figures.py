"""figures kept when items are classified: per import, and after each retrain or activation

Revision ID: 0008_classification_figures
Revises: 0007_title_keys_keep_marks
Create Date: 2026-11-25 04:00:00

The dashboard's "share flagged" counted the flags items carry now, so an import whose items
were imported again later (they move to the newer import) had no point, decided items still
counted as flagged, and a model version's share mixed every item it had ever classified. The
figures are now written when the work is done:

- ``catalogues.classified`` and ``catalogues.to_review``: how many of the import's items were
  classified (or brought again with their earlier code) and how many of them waited for review
  then. NULL for imports made before this revision: the dashboard counts those from their items
  as they are now, and says so.
- ``reclassifications``: one row each time a retrain or an activation (or the catch-up of items
  left with an older version's suggestions) finished classifying the undecided items again:
  the version, how many undecided items carried its suggestions then, and how many waited.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_classification_figures"
down_revision = "0007_title_keys_keep_marks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("catalogues", schema=None) as batch_op:
        batch_op.add_column(sa.Column("classified", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("to_review", sa.Integer(), nullable=True))
    op.create_table(
        "reclassifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("model_version_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("to_review", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["model_version_id"], ["model_versions.id"],
                                name=op.f("fk_reclassifications_model_version_id_model_versions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reclassifications")),
    )


def downgrade() -> None:
    op.drop_table("reclassifications")
    with op.batch_alter_table("catalogues", schema=None) as batch_op:
        batch_op.drop_column("to_review")
        batch_op.drop_column("classified")
