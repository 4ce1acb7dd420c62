"""The domain layer. Nothing below this package imports Qt."""
