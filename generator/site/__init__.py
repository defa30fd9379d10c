"""The site to generate, built from the catalog: pages, specs and navigation, still as data."""
