import sys

from devzone.cli import main

sys.exit(main())
