"""Enterprise calls and server operations, decided once for the linter, the catalog check and
the importer."""

from __future__ import annotations

import pytest

from generator.enterprise_ops import (
    enterprise_call,
    is_server_operation,
    operation_id,
    spec_operation_call,
)


def test_enterprise_calls_and_server_operations():
    call = enterprise_call(
        "--request POST 'https://modelslab.com/api/v1/enterprise/qwen/fetch/{id}'"
    )
    assert call is not None and (call.server, call.suffix) == ("qwen", "/fetch/{id}")
    assert enterprise_call("https://modelslab.com/api/v1/enterprise/clear_cache") is None
    assert operation_id("/system-details") == "system_details"
    assert all(
        is_server_operation(s)
        for s in ("/clear_cache", "/clear_queue", "/fetch", "/fetch/{id}", "/restart_server")
    )
    assert is_server_operation("/update-server") and is_server_operation("/system_details")
    assert not any(is_server_operation(s) for s in ("/text2img", "/start", "/load_model", "/"))


@pytest.mark.parametrize(
    ("server", "path"),
    [
        ("https://modelslab.com/api/v1", "/enterprise/qwen/clear_cache"),
        ("https://modelslab.com/api/v1/enterprise", "/qwen/clear_cache"),
        ("https://modelslab.com/api/v1/enterprise/qwen", "/clear_cache"),
    ],
)
def test_a_spec_operation_calls_its_server_however_the_spec_splits_the_url(server, path):
    spec = {"servers": [{"url": server}], "paths": {path: {"post": {}}}}
    call = spec_operation_call(spec, path, "post")
    assert call is not None and (call.server, call.suffix) == ("qwen", "/clear_cache")


def test_operation_servers_override_the_spec_server():
    path = "/clear_cache"
    spec = {
        "servers": [{"url": "https://modelslab.com/api/v1/enterprise/a"}],
        "paths": {
            path: {"post": {"servers": [{"url": "https://modelslab.com/api/v1/enterprise/b"}]}}
        },
    }
    call = spec_operation_call(spec, path, "post")
    assert call is not None and call.server == "b"
