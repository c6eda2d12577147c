"""The graph side of govkg: the schema every part reads, deterministic ids, and (in later
stages) building, storing and viewing the graph."""
