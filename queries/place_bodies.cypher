// The bodies of a place and of every place within it, with the place each one is in.
// $place: the place's name, an alias or its id, e.g. 厦门市
MATCH (pl:Place)
WHERE pl.id = $place OR pl.name = $place OR $place IN pl.aliases
MATCH (b:Body)-[:LOCATED_IN]->(sub:Place)-[:LOCATED_IN*0..4]->(pl)
RETURN DISTINCT sub.name AS place, sub.level AS level, b.name AS body, b.kind AS kind
ORDER BY place, body
