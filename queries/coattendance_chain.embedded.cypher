// The shortest chains of co-attendance between two people: who met whom at which meeting.
// $from: one person's name, an alias or their id, e.g. 邵景川
// $to: the other person's name, an alias or their id, e.g. 孔维娜
// $limit: how many chains of the shortest length (default: 5)
MATCH (a:Person)
WHERE a.id = $from OR a.name = $from OR $from IN a.aliases
MATCH (b:Person)
WHERE (b.id = $to OR b.name = $to OR $to IN b.aliases) AND b.id <> a.id
MATCH path = (a)-[:CHAIRED|SPOKE_AT|ATTENDED* ALL SHORTEST 1..12 (r, n | WHERE label(n) <> 'Body')]-(b)
RETURN DISTINCT length(path) / 2 AS meetings, properties(nodes(path), 'name') AS chain
ORDER BY list_to_string(' ', chain)
LIMIT $limit
