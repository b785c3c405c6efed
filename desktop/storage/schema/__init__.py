"""The migration steps, one module per group of the schema; ``storage.migrations`` lists them
in the order they run. A step that has shipped is never edited."""
