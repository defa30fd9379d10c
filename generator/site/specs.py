"""openapi.json documents as dicts, built in a fixed key order (serialized by render.json_text).

Public specs follow the 3.1.0 format of the house rules; enterprise specs the 3.0.0 format that
documents only the standard server operations.
"""

from __future__ import annotations

from typing import Any

from generator import house_rules
from generator.catalog.model import UNSET, Auth, Endpoint, Group, Operation, Parameter


def parameter_schema(parameter: Parameter, openapi_31: bool) -> dict[str, Any]:
    schema: dict[str, Any] = {}
    if parameter.nullable and openapi_31:
        schema["type"] = [parameter.type, "null"]
    else:
        schema["type"] = parameter.type
        if parameter.nullable:
            schema["nullable"] = True
    if parameter.items:
        schema["items"] = {"type": parameter.items}
    if parameter.format:
        schema["format"] = parameter.format
    schema["description"] = parameter.description
    if parameter.enum is not None:
        schema["enum"] = list(parameter.enum)
    if parameter.default is not UNSET:
        schema["default"] = parameter.default
    if parameter.minimum is not None:
        schema["minimum"] = parameter.minimum
    if parameter.maximum is not None:
        schema["maximum"] = parameter.maximum
    return schema


def request_schema(endpoint: Endpoint) -> dict[str, Any]:
    body = endpoint.body_parameters
    schema: dict[str, Any] = {"type": "object"}
    required = [p.name for p in body if p.required]
    if required:
        schema["required"] = required
    schema["properties"] = {p.name: parameter_schema(p, openapi_31=True) for p in body}
    return schema


def path_parameters(parameters: tuple[Parameter, ...], openapi_31: bool) -> list[dict[str, Any]]:
    return [
        {
            "name": p.name,
            "in": "path",
            "required": True,
            "description": p.description,
            "schema": {"type": p.type},
        }
        for p in parameters
        if p.location == "path"
    ]


def _json_body(schema_ref: str, example: dict[str, Any] | None = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}
    if example:
        media["example"] = example
    return {"required": True, "content": {"application/json": media}}


def public_response_names(prefix: str) -> tuple[str, str, str]:
    return (f"{prefix}SuccessResponse", f"{prefix}ProcessingResponse", f"{prefix}ErrorResponse")


def security_scheme(auth: Auth) -> dict[str, Any] | None:
    """The spec's security scheme when the key travels in a header (none for a body key)."""
    if not auth.header:
        return None
    if auth.header.lower() == "authorization" and (auth.scheme or "").lower() == "bearer":
        return {"type": "http", "scheme": "bearer"}
    return {"type": "apiKey", "in": "header", "name": auth.header}


def build_public_spec(
    group: Group, body_examples: dict[str, dict[str, Any]], auth: Auth | None = None
) -> dict[str, Any]:
    prefix = group.spec.schema_prefix or house_rules.camel_case(group.name)
    success, processing, error = public_response_names(prefix)
    error_ref = {"$ref": f"#/components/responses/{house_rules.STANDARD_ERROR_RESPONSE}"}
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for endpoint in group.endpoints:
        operation: dict[str, Any] = {
            "summary": endpoint.title,
            "description": endpoint.description,
            "operationId": house_rules.camel_case(f"{group.id}-{endpoint.slug}"),
        }
        if endpoint.server:
            operation["servers"] = [{"url": endpoint.server}]
        parameters = path_parameters(endpoint.parameters, openapi_31=True)
        if parameters:
            operation["parameters"] = parameters
        if endpoint.body_parameters:
            operation["requestBody"] = _json_body(
                endpoint.request_schema or "", body_examples.get(endpoint.slug)
            )
            schemas[endpoint.request_schema or ""] = request_schema(endpoint)
        operation["responses"] = {
            "200": {
                "description": "The request finished, is still processing, or failed; "
                "`status` tells which.",
                "content": {
                    "application/json": {
                        "schema": {
                            "oneOf": [
                                {"$ref": f"#/components/schemas/{name}"}
                                for name in (success, processing, error)
                            ]
                        }
                    }
                },
            },
            "400": error_ref,
            "401": error_ref,
            "500": error_ref,
        }
        paths.setdefault(endpoint.path, {})[endpoint.method.lower()] = operation
    schemas.update(_public_response_schemas(success, processing, error))
    server: dict[str, Any] = {"url": group.spec.server}
    if group.spec.server_description:
        server["description"] = group.spec.server_description
    components: dict[str, Any] = {
        "schemas": schemas,
        "responses": {
            house_rules.STANDARD_ERROR_RESPONSE: {
                "description": "The request was rejected; `message` says why.",
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{error}"}}
                },
            }
        },
    }
    scheme = security_scheme(auth) if auth else None
    if scheme:
        components["securitySchemes"] = {"apiKey": scheme}
    spec: dict[str, Any] = {
        "openapi": house_rules.PUBLIC_OPENAPI_VERSION,
        "info": {
            "title": group.spec.title,
            "description": group.spec.description,
            "license": {"name": "MIT"},
            "version": group.spec.version,
        },
        "servers": [server],
    }
    if scheme:
        spec["security"] = [{"apiKey": []}]
    spec["paths"] = paths
    spec["components"] = components
    return spec


def _public_response_schemas(success: str, processing: str, error: str) -> dict[str, Any]:
    uri_list = {"type": "array", "items": {"type": "string", "format": "uri"}}
    return {
        success: {
            "type": "object",
            "properties": {
                "status": {"type": "string", "enum": ["success"]},
                "generationTime": {"type": "number"},
                "id": {"type": "integer"},
                "output": uri_list,
                "proxy_links": uri_list,
                "meta": {"type": "object", "additionalProperties": True},
                "webhook_status": {"type": "string"},
            },
        },
        processing: {
            "type": "object",
            "properties": {
                "status": {"type": "string", "enum": ["processing"]},
                "eta": {"type": "number"},
                "message": {"type": "string"},
                "fetch_result": {"type": "string", "format": "uri"},
                "id": {"type": "integer"},
                "output": {"type": "array", "items": {"type": "string"}},
                "future_links": uri_list,
                "meta": {"type": "object", "additionalProperties": True},
            },
        },
        error: {
            "type": "object",
            "required": ["status", "message"],
            "properties": {
                "status": {"type": "string", "enum": ["error"]},
                "message": {"type": "string"},
            },
        },
    }


def build_enterprise_spec(group: Group, base_url: str) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for operation in group.operations:
        paths[_ops_path(group, operation)] = {"post": _enterprise_operation(operation)}
    return {
        "openapi": house_rules.ENTERPRISE_OPENAPI_VERSION,
        "info": {
            "title": group.spec.title,
            "version": group.spec.version,
            "description": group.spec.description,
        },
        "servers": [{"url": base_url}],
        "paths": paths,
        "components": {
            "schemas": {
                house_rules.ENTERPRISE_API_KEY_SCHEMA: {
                    "type": "object",
                    "required": [house_rules.KEY_PARAMETER],
                    "properties": {
                        house_rules.KEY_PARAMETER: {
                            "type": "string",
                            "description": "Your enterprise API key.",
                        }
                    },
                },
                house_rules.ENTERPRISE_GENERIC_RESPONSE: {
                    "type": "object",
                    "properties": {
                        "status": {"type": "string", "example": "success"},
                        "message": {"type": "string", "example": "Operation completed"},
                    },
                },
                house_rules.ENTERPRISE_ERROR_RESPONSE: {
                    "type": "object",
                    "properties": {
                        "status": {"type": "string", "example": "error"},
                        "message": {"type": "string", "example": "Invalid API key"},
                    },
                },
            }
        },
    }


def _ops_path(group: Group, operation: Operation) -> str:
    return house_rules.enterprise_operation_path(group.server_name or "", operation.path)


def _enterprise_operation(operation: Operation) -> dict[str, Any]:
    result: dict[str, Any] = {
        "summary": operation.summary,
        "description": operation.description,
    }
    parameters = path_parameters(operation.parameters, openapi_31=False)
    if parameters:
        result["parameters"] = parameters
    result["requestBody"] = _json_body(
        house_rules.ENTERPRISE_API_KEY_SCHEMA,
        {house_rules.KEY_PARAMETER: house_rules.ENTERPRISE_KEY_PLACEHOLDER},
    )
    result["responses"] = {
        "200": {
            "description": "The operation succeeded.",
            "content": {
                "application/json": {
                    "schema": {
                        "$ref": f"#/components/schemas/{house_rules.ENTERPRISE_GENERIC_RESPONSE}"
                    }
                }
            },
        },
        "401": {
            "description": "The API key is missing or invalid.",
            "content": {
                "application/json": {
                    "schema": {
                        "$ref": f"#/components/schemas/{house_rules.ENTERPRISE_ERROR_RESPONSE}"
                    }
                }
            },
        },
    }
    return result
