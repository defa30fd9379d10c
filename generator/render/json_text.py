"""JSON files are written one way: 2-space indent, UTF-8, key order kept, final newline."""

from __future__ import annotations

import json
from typing import Any


def json_text(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"
