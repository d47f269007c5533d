"""``python -m cismoa_cli``."""

from .cli import main

main()
