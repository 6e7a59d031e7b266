"""``python -m cli``: the same as the ``carnet`` command."""

from cli import main

main()
