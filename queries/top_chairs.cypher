// Who chaired the most meetings held in a place or within it, or convened by a body there.
// $place: the place's name, an alias or its id, e.g. 沂南县
// $limit: how many people (default: 10)
MATCH (pl:Place)
WHERE pl.id = $place OR pl.name = $place OR $place IN pl.aliases
OPTIONAL MATCH (held:Meeting)-[:LOCATED_IN*1..5]->(pl)
WITH pl, collect(DISTINCT held.id) AS located
OPTIONAL MATCH (convened:Meeting)<-[:CONVENED]-(:Body)-[:LOCATED_IN*1..5]->(pl)
WITH located, collect(DISTINCT convened.id) AS convened
WITH located + convened AS ids
MATCH (p:Person)-[:CHAIRED]->(m:Meeting)
WHERE m.id IN ids
RETURN p.name AS person, count(DISTINCT m) AS meetings, min(m.date) AS first,
       max(m.date) AS last
ORDER BY meetings DESC, person
LIMIT $limit
