"""Domain types and rules, and the project file. Imports no Qt."""
