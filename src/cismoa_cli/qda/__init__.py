"""REFI-QDA exchange: how a dossier maps to a QDA project, shared by export and import."""
