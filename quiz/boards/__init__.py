"""Boards, live games and the projector display."""
