"""Field rules: one module per field family, each a small function beside its data in ``data/*.yaml``."""
