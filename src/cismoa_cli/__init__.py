"""cismoa: explore the stakeholder map of one news analysis, with evidence for every claim."""

__version__ = "0.1.0"
