"""TPM Desktop: Customer Touchpoint Management on the desktop."""

__version__ = "0.1.0"
