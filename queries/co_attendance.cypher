// Who meets whom most often: pairs of people at the same meetings, in any role.
// $person: only the pairs of this person (name or id); "" for every pair (default: "")
// $limit: how many pairs (default: 20)
MATCH (a:Person)-[:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(b:Person)
WHERE a.id <> b.id
  AND ($person = '' AND (a.name < b.name OR a.name = b.name AND a.id < b.id)
       OR a.id = $person OR a.name = $person)
RETURN a.name AS person, b.name AS other, count(DISTINCT m) AS meetings,
       max(m.date) AS last
ORDER BY meetings DESC, person, other
LIMIT $limit
