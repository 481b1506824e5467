"""Helpers on the Security Council's record (filled in with notebook 06)."""
