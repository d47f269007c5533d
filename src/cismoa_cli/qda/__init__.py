"""``cismoa import qdpx``: a REFI-QDA project read back into a dossier. The mapping it reads
is :mod:`cismoa_cli.qdavocabulary`, which ``export qdpx`` writes by."""
