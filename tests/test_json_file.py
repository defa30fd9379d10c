"""Line look-ups in JSON files: exact for every key path and list item, one pass per container."""

from __future__ import annotations

import json

from generator.repo.json_file import JsonFile

SPEC = """{
  "openapi": "3.1.0",
  "paths": {
    "/make": {
      "post": {
        "responses": {"200": {"description": "ok"}}
      }
    },
    "/edit": {
      "post": {
        "parameters": [
          {"name": "id"},
          {
            "name": "size"
          }
        ]
      }
    }
  },
  "components": {
    "schemas": {
      "Request": {
        "properties": {
          "name": {"type": "string", "description": "a \\"type\\": here"},
          "type": {"type": "string"}
        }
      }
    }
  }
}
"""


def test_key_paths_and_list_items_answer_their_own_line():
    spec = JsonFile.parse("a/openapi.json", SPEC)
    assert spec.line_of("openapi") == 2
    assert spec.line_of("paths", "/make", "post", "responses") == 6
    assert spec.line_of("paths", "/edit", "post") == 10
    assert spec.line_of("paths", "/edit", "post", "parameters", 0) == 12
    assert spec.line_of("paths", "/edit", "post", "parameters", 1, "name") == 14


def test_a_key_inside_an_earlier_value_is_not_taken_for_a_later_sibling():
    # "name" holds a "type" key and a string mentioning "type":; the sibling "type" is below.
    spec = JsonFile.parse("a/openapi.json", SPEC)
    assert spec.line_of("components", "schemas", "Request", "properties", "type") == 25


def test_missing_keys_answer_the_deepest_existing_prefix():
    spec = JsonFile.parse("a/openapi.json", SPEC)
    assert spec.line_of("paths", "/make", "get", "responses") == 4
    assert spec.line_of("nothing", "here") == 1
    assert spec.line_of() == 1


def test_duplicate_keys_answer_the_first():
    spec = JsonFile.parse("x.json", '{\n"a": 1,\n"a": 2\n}')
    assert spec.line_of("a") == 2


def test_malformed_json_gives_partial_answers_without_errors():
    spec = JsonFile.parse("x.json", '{\n"a": {\n"b": 1,\n"c": [1, 2,\n}')
    assert spec.error is not None
    assert spec.line_of("a", "b") == 3
    assert spec.line_of("a", "c", 5) in (3, 4)


def test_strings_are_found_after_a_line_and_in_any_script():
    text = json.dumps({"pages": ["a", "b", "a", "café"]}, indent=2, ensure_ascii=False)
    docs = JsonFile.parse("docs.json", text)
    first = docs.line_of_string("a")
    assert first == 3
    assert docs.line_of_string("a", first + 1) == 5
    assert docs.line_of_string("café") == 6
    assert docs.line_of_string("missing") == 1
    assert docs.line_of_string("a", 99) == 1
