"""Reading, cleaning and extraction: an article flows read → clean → sentences → mentions →
entities → edges, each stage a small function of one input type to one output type."""
