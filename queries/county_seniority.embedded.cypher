// The senior officials of a county (or any place) by the order in which articles list them.
// $county: the place's name, an alias or its id, e.g. 丹棱县
// $year: only meetings of this year, YYYY; "" for every year (default: "")
// Each article's listing of the place's people at a meeting votes for every pair in it, the
// one listed first being senior; people are ordered by pairs won minus pairs lost, then by
// their mean relative position (0 first, 1 last), as govkg.graph.protocol.seniority does.
// LadybugDB: list positions count from 1, no toInteger(), sums of integers are INT128.
MATCH (pl:Place)
WHERE pl.id = $county OR pl.name = $county OR $county IN pl.aliases
MATCH (pl)<-[:LOCATED_IN]-(:Body)<-[:POST_OF]-(:Post)<-[:HOLDS]-(p:Person)
WITH DISTINCT p
MATCH (p)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WHERE $year = '' OR m.date STARTS WITH $year
UNWIND range(1, size(r.evidence_articles)) AS i
WITH p, m, r.evidence_articles[i] AS article, r.evidence_ranks[i] AS rank
WHERE rank > 0
WITH m, article, p, min(rank) AS rank
WITH m, article, collect(p.id) AS ids, collect(rank) AS ranks
WHERE size(ids) > 1
UNWIND range(1, size(ids)) AS i
UNWIND range(1, size(ids)) AS j
WITH ids, ranks, i, j
WHERE i <> j
WITH ids[i] AS p, ids[j] AS q, 1.0 / (size(ids) - 1) AS share,
     CASE WHEN ranks[i] < ranks[j] OR (ranks[i] = ranks[j] AND ids[i] < ids[j])
          THEN 1 ELSE 0 END AS ahead
WITH p, q, sum(ahead) AS won, count(*) - sum(ahead) AS lost,
     sum((1 - ahead) * share) AS behind, sum(share) AS listings
WITH p, sum(CASE WHEN won > lost THEN 1 WHEN won < lost THEN -1 ELSE 0 END) AS score,
     sum(behind) / sum(listings) AS position, sum(listings) AS listings
MATCH (who:Person {id: p})
RETURN who.name AS person, CAST(score AS INT64) AS score, CAST(round(listings, 0) AS INT64) AS listings,
       position, who.id AS person_id
ORDER BY score DESC, position, person
