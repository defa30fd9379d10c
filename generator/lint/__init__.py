"""`docsgen lint`: hold every page, spec and docs.json entry of a Mintlify repo to the rules."""
