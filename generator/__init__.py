"""docsgen: generate and lint the ModelsLab Mintlify docs site from a YAML endpoint catalog."""

__version__ = "0.1.0"
