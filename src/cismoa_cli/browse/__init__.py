"""``cismoa browse``: the dossier in an interactive terminal explorer (Textual).

Imported only by the ``browse`` command, so no other command pays for loading Textual.
"""
