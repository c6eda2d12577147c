// The meetings a body convened, newest first, with who chaired them and how many people came.
// $body: the body's name, an alias or its id, e.g. 沂南县人民政府
MATCH (b:Body)
WHERE b.id = $body OR b.name = $body OR $body IN b.aliases
MATCH (b)-[:CONVENED]->(m:Meeting)
OPTIONAL MATCH (chair:Person)-[:CHAIRED]->(m)
OPTIONAL MATCH (present:Person)-[:CHAIRED|SPOKE_AT|ATTENDED]->(m)
RETURN m.name AS meeting, m.date AS date, collect(DISTINCT chair.name) AS chaired_by,
       count(DISTINCT present) AS people
ORDER BY coalesce(date, '') DESC, meeting
