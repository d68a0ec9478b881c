"""Help that ships with the app: the method guide and the keyboard shortcut sheet."""
