"""Customer segments, evidence and comments in the interface (issue 14)."""
