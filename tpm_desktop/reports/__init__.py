"""PDF reports and table import/export. Imports no Qt."""
