"""The ModelsLab house rules (seeds/001), stated once for the generator, linter and importer.

Anything here is a fact about how the docs repo is laid out or how a page must look. Values a
different catalog may change (base URLs, tab names) live in the site file; these are the fixed
conventions and the functions that apply them.
"""

from __future__ import annotations

import re
from enum import StrEnum

PUBLIC_OPENAPI_VERSION = "3.1.0"
ENTERPRISE_OPENAPI_VERSION = "3.0.0"

# Request examples must never show a live-looking key: these placeholders are what pages show.
PUBLIC_KEY_PLACEHOLDER = "your_api_key"
ENTERPRISE_KEY_PLACEHOLDER = "enterprise_api_key"
KEY_PARAMETER = "key"

ENTERPRISE_ROOT = "enterprise-api"
# The one server URL of every enterprise spec; operation paths are /enterprise/<server>/...
ENTERPRISE_BASE_URL = "https://modelslab.com/api/v1"
# Enterprise groups live below a tab (or group) with this label in docs.json navigation.
ENTERPRISE_NAV_LABEL = "Enterprise APIs"
S3_DETAILS_PAGE = "enterprise-api/general/update-s3-details"
OVERVIEW_SLUG = "overview"

# Fence info strings the rules prescribe for the request URL block and the JSON body block.
PUBLIC_URL_FENCE = "bash"
ENTERPRISE_URL_FENCE = "curl curl"
BODY_FENCE = "json json"

# Shared spec component names.
STANDARD_ERROR_RESPONSE = "StandardErrorResponse"
ENTERPRISE_API_KEY_SCHEMA = "ApiKey"
ENTERPRISE_GENERIC_RESPONSE = "GenericResponse"
ENTERPRISE_ERROR_RESPONSE = "ErrorResponse"


class PageKind(StrEnum):
    PUBLIC_ENDPOINT = "public-endpoint"
    ENTERPRISE_GENERATION = "enterprise-generation"
    ENTERPRISE_OPS = "enterprise-ops"
    OVERVIEW = "overview"
    GUIDE = "guide"


def folder_of(path: str) -> str:
    """The folder of a page or file path relative to the docs folder ("" at the top level)."""
    return path.rsplit("/", 1)[0] if "/" in path else ""


def is_enterprise_path(page_path: str) -> bool:
    """True for pages under enterprise-api/ (page paths are relative to docs-v2, no .mdx)."""
    return page_path == ENTERPRISE_ROOT or page_path.startswith(ENTERPRISE_ROOT + "/")


def is_enterprise_server_folder(folder: str) -> bool:
    """enterprise-api/<server> folders; not the enterprise root nor the shared general folder
    (which holds the S3 details page itself)."""
    general = S3_DETAILS_PAGE.rsplit("/", 1)[0]
    return is_enterprise_path(folder) and folder not in (ENTERPRISE_ROOT, general)


def default_enterprise_folder(server_name: str) -> str:
    """enterprise server qwen_edit lives in enterprise-api/qwen-edit."""
    return f"{ENTERPRISE_ROOT}/{server_name.replace('_', '-')}"


def server_name_for_folder(folder: str) -> str:
    """The reverse of default_enterprise_folder: enterprise-api/qwen-edit -> qwen_edit."""
    return folder.rstrip("/").rsplit("/", 1)[-1].replace("-", "_")


def enterprise_operation_path(server_name: str, path: str) -> str:
    """Full spec path of an enterprise endpoint: /enterprise/<server_name>/<path>."""
    return f"/enterprise/{server_name}{path}"


def join_url(base: str, path: str) -> str:
    """Endpoint URL from a server URL and a spec path; path "/" means the server URL itself."""
    return base if path == "/" else f"{base}{path}"


def key_placeholder(enterprise: bool) -> str:
    return ENTERPRISE_KEY_PLACEHOLDER if enterprise else PUBLIC_KEY_PLACEHOLDER


def camel_case(text: str) -> str:
    """text-to-image / Image generation -> TextToImage / ImageGeneration."""
    words = re.split(r"[^A-Za-z0-9]+", text)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def request_schema_name(slug: str) -> str:
    """Default request schema of an endpoint: text-to-image -> TextToImageRequest."""
    return camel_case(slug) + "Request"


def path_parameter_names(path: str) -> list[str]:
    """Names of {placeholders} in a path, in order."""
    return re.findall(r"\{([^{}]+)\}", path)


def public_openapi_reference(spec_path: str, method: str, path: str) -> str:
    """`openapi:` value of a public page: the explicit spec file, then method and path."""
    return f"{spec_path} {method} {path}"


def ops_openapi_reference(method: str, full_path: str) -> str:
    """`openapi:` value of an enterprise ops page: method and full path only."""
    return f"{method} {full_path}"
