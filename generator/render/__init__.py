"""Site -> file contents: MDX from templates, JSON from dicts, docs.json merged."""
