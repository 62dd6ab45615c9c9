-- A tag's value belongs to one kind ("spiritual" is only ever sought), which the planner cannot know from per-column
-- statistics: it multiplied the two and took "seeking spiritual" for 2,800 rows out of 15,000, then planned a search
-- with that tag as a lookup per tag row (72 ms instead of 16 in npm run bench:directory). Statistics on the pair
-- give it the real counts. Prisma does not model statistics objects, so they live in this migration only.
CREATE STATISTICS "ProfileTag_kind_value_stats" (mcv) ON "kind", "value" FROM "ProfileTag";
