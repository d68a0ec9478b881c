"""`python -m tpm_desktop` is `tpm-desktop`."""

import sys

from tpm_desktop.cli.main import main

sys.exit(main())
