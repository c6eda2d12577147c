// Why the graph says what it says about a person: each edge with the sentences behind it.
// $person: the person's name, an alias or their id, e.g. 高喜全
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person OR $person IN p.aliases
MATCH (p)-[r]->(x)
RETURN type(r) AS edge, x.name AS other, r.evidence_dates AS dates,
       r.evidence_sentences AS sentences
ORDER BY edge, other
