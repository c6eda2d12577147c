// The projects and places a person inspected, where they are and when.
// $person: the person's name, an alias or their id, e.g. 刘仁羿
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person OR $person IN p.aliases
MATCH (p)-[i:INSPECTED]->(x)
OPTIONAL MATCH (x)-[:LOCATED_IN]->(pl:Place)
RETURN x.name AS site, label(x) AS kind, pl.name AS located_in,
       i.first_seen AS first_seen, i.articles AS articles
ORDER BY coalesce(first_seen, '9999'), site
