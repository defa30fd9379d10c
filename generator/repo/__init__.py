"""A Mintlify docs folder read once: pages, specs and docs.json, shared by every lint rule."""
