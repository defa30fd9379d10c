"""Example answers of an asynchronous endpoint: finished, still processing, failed.

The shapes follow the public spec's three response schemas (site/specs.py), so the examples
on a page and the schemas in its spec describe the same answers.
"""

from __future__ import annotations

from typing import Any

EXAMPLE_ID = 123456


def response_examples(output_url: str, fetch_url: str) -> tuple[tuple[str, dict[str, Any]], ...]:
    success = {
        "status": "success",
        "generationTime": 4.52,
        "id": EXAMPLE_ID,
        "output": [output_url],
        "proxy_links": [output_url],
        "meta": {},
    }
    processing = {
        "status": "processing",
        "eta": 20,
        "message": "The request is queued; collect the result with the fetch endpoint.",
        "fetch_result": fetch_url.replace("{id}", str(EXAMPLE_ID)),
        "id": EXAMPLE_ID,
        "output": [],
        "future_links": [output_url],
        "meta": {},
    }
    error = {"status": "error", "message": "The API key is missing or invalid."}
    return (("Success", success), ("Processing", processing), ("Error", error))
