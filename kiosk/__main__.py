"""`python -m kiosk` works like the `kiosk` command."""

from kiosk.cli import main

raise SystemExit(main())
