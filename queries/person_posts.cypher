// The posts a person held over time: each post, its body, and when articles first and last show it.
// $person: the person's name, an alias or their id, e.g. 岳宏斌
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person OR $person IN p.aliases
MATCH (p)-[h:HOLDS]->(o:Post)
OPTIONAL MATCH (o)-[:POST_OF]->(b:Body)
RETURN p.name AS person, o.name AS post, b.name AS body, h.first_seen AS first_seen,
       h.last_seen AS last_seen, h.articles AS articles, p.id AS person_id
ORDER BY coalesce(first_seen, '9999'), body, post
