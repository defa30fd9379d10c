"""`docsgen import`: turn an existing hand-written Mintlify repo into a catalog that regenerates
it, with a report that accounts for every source file."""
