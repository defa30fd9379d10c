"""Generated openapi.json files: valid per openapi-spec-validator and shaped per the house rules."""

from __future__ import annotations

import json
import re

import pytest
from openapi_spec_validator import validate

from generator import house_rules
from tests.conftest import DOCS

SPECS = sorted(DOCS.rglob("openapi.json"))


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def is_enterprise(path) -> bool:
    return house_rules.is_enterprise_path(path.relative_to(DOCS).as_posix())


def test_there_are_specs_of_both_kinds():
    assert any(is_enterprise(p) for p in SPECS)
    assert sum(not is_enterprise(p) for p in SPECS) >= 3


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_spec_is_valid(path):
    validate(load(path))


@pytest.mark.parametrize(
    "path", [p for p in SPECS if not is_enterprise(p)], ids=lambda p: p.relative_to(DOCS).as_posix()
)
def test_public_spec_follows_the_rules(path):
    spec = load(path)
    assert spec["openapi"] == "3.1.0"
    (server,) = spec["servers"]
    assert re.match(r"https://modelslab\.com/api/v\d+(/|$)", server["url"])
    schemas = spec["components"]["schemas"]
    request_refs = []
    for route, operations in spec["paths"].items():
        assert not route.startswith("/api"), "paths are short; the server carries the category"
        for operation in operations.values():
            ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
            names = [ref["$ref"].rsplit("/", 1)[-1] for ref in ok["oneOf"]]
            assert [n.removeprefix(names[0][: -len("SuccessResponse")]) for n in names] == [
                "SuccessResponse",
                "ProcessingResponse",
                "ErrorResponse",
            ]
            for code in ("400", "401", "500"):
                assert operation["responses"][code] == {
                    "$ref": "#/components/responses/StandardErrorResponse"
                }
            body = operation["requestBody"]["content"]["application/json"]
            request_refs.append(body["schema"]["$ref"])
            assert body["example"]["key"] == house_rules.PUBLIC_KEY_PLACEHOLDER
            for name in house_rules.path_parameter_names(route):
                declared = [p for p in operation.get("parameters", []) if p["in"] == "path"]
                assert name in [p["name"] for p in declared]
    assert len(set(request_refs)) == len(request_refs), "one request schema per endpoint"
    for ref in request_refs:
        assert ref.rsplit("/", 1)[-1] in schemas


@pytest.mark.parametrize(
    "path", [p for p in SPECS if is_enterprise(p)], ids=lambda p: p.relative_to(DOCS).as_posix()
)
def test_enterprise_spec_follows_the_rules(path):
    spec = load(path)
    assert spec["openapi"] == "3.0.0"
    assert spec["servers"] == [{"url": "https://modelslab.com/api/v1"}]
    server_name = house_rules.server_name_for_folder(path.parent.relative_to(DOCS).as_posix())
    assert set(spec["components"]["schemas"]) == {"ApiKey", "GenericResponse", "ErrorResponse"}
    for route, operations in spec["paths"].items():
        assert route.startswith(f"/enterprise/{server_name}/")
        operation = operations["post"]
        assert set(operation["responses"]) == {"200", "401"}
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ApiKey"}
        if "{id}" in route:
            assert operation["parameters"][0]["name"] == "id"
            assert operation["parameters"][0]["in"] == "path"


def test_generation_endpoints_are_not_in_enterprise_specs():
    spec = load(DOCS / "enterprise-api/qwen-edit/openapi.json")
    assert "/enterprise/qwen_edit/qwen_edit" not in spec["paths"]


def test_nullable_parameters_use_the_version_specific_form():
    spec = load(DOCS / "image-generation/community-models/openapi.json")
    seed = spec["components"]["schemas"]["TextToImageRequest"]["properties"]["seed"]
    assert seed["type"] == ["integer", "null"]


def test_the_validator_catches_a_broken_spec():
    """Guards the tests above: a spec missing a required field must fail validation."""
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    spec = load(DOCS / "enterprise-api/qwen-edit/openapi.json")
    del spec["paths"]["/enterprise/qwen_edit/clear_cache"]["post"]["responses"]["200"][
        "description"
    ]
    with pytest.raises(OpenAPIValidationError):
        validate(spec)
