"""Where the project's non-Python parts live (schemas, templates)."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SCHEMAS_DIR = PROJECT_ROOT / "schemas"
TEMPLATES_DIR = PROJECT_ROOT / "templates"
CATALOG_SCHEMA = SCHEMAS_DIR / "catalog.schema.json"
