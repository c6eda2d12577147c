// People who held posts in two or more different bodies, each post with when it was seen.
// $min_bodies: the fewest bodies a person must have held posts in (default: 2)
MATCH (p:Person)-[:HOLDS]->(:Post)-[:POST_OF]->(b:Body)
WITH p, count(DISTINCT b) AS bodies
WHERE bodies >= $min_bodies
MATCH (p)-[h:HOLDS]->(o:Post)-[:POST_OF]->(b:Body)
RETURN p.name AS person, bodies, b.name AS body, o.name AS post,
       h.first_seen AS first_seen, h.last_seen AS last_seen
ORDER BY person, coalesce(first_seen, '9999'), body, post
