"""Domain services: functions that take a session and never commit (views own the transaction)."""
