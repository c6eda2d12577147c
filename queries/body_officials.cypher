// Every official of a body as of a date: each person's latest post in it first seen by that date.
// $body: the body's name, an alias or its id, e.g. 沂南县人民政府
// $date: YYYY-MM-DD; people first seen in the body after it are left out (default: "9999-12-31")
MATCH (b:Body)
WHERE b.id = $body OR b.name = $body OR $body IN b.aliases
MATCH (b)<-[:POST_OF]-(:Post)<-[h:HOLDS]-(p:Person)
WHERE h.first_seen <= $date
WITH b, p, max(h.first_seen) AS latest
MATCH (b)<-[:POST_OF]-(o:Post)<-[h:HOLDS]-(p)
WHERE h.first_seen = latest
RETURN p.name AS person, o.name AS post, h.first_seen AS since, h.last_seen AS last_seen,
       b.name AS body
ORDER BY person, post
