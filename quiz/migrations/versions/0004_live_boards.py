"""live games and boards: speed bonus and reach time, game timer and question, board settings

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.add_column(sa.Column("bonus", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("reached_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("bonus", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("live_games") as batch:
        batch.add_column(sa.Column("question_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("seconds", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("paused_left_ms", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("team_mode", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch.create_foreign_key(
            batch.f("fk_live_games_question_id_questions"),
            "questions",
            ["question_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "class_boards",
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("top_n", sa.Integer(), nullable=True),
        sa.Column("display_key_hash", sa.String(length=64), nullable=True),
        sa.Column("display_key_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.id"],
            name=op.f("fk_class_boards_class_id_classes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("class_id", name=op.f("pk_class_boards")),
        sa.UniqueConstraint("display_key_hash", name=op.f("uq_class_boards_display_key_hash")),
    )
    # The board of one assignment reads its attempts in rank order.
    op.create_index(
        "ix_attempts_board", "attempts", ["assignment_id", "score", "bonus", "reached_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_attempts_board", table_name="attempts")
    op.drop_table("class_boards")
    with op.batch_alter_table("live_games") as batch:
        batch.drop_constraint("fk_live_games_question_id_questions", type_="foreignkey")
        for name in ("team_mode", "paused_left_ms", "deadline_at", "seconds", "question_id"):
            batch.drop_column(name)
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("bonus")
    with op.batch_alter_table("attempts") as batch:
        batch.drop_column("reached_at")
        batch.drop_column("bonus")
