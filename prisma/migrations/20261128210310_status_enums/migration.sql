-- Statuses become Prisma enums. SQLite stores an enum as TEXT, so the columns, their defaults and their indexes stay as
-- they are (Prisma's diff is empty): no table is rebuilt, which would also drop the full-text search triggers on
-- "Profile". The client now refuses to write a value outside each enum.
-- "expired" is no longer stored (an expired listing is a published one past expiresAt): such rows become published
-- with their past expiresAt kept, so they stay out of the directory. One with no date or a future one (only a hand
-- edit could make that) gets now as its end, so none of them reappears in the directory. Dates are ISO 8601 text here,
-- written as the client writes them, so the comparison is by text.
UPDATE "Profile"
SET "status" = 'published',
    "expiresAt" = CASE
      WHEN "expiresAt" IS NULL OR "expiresAt" > strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') THEN strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
      ELSE "expiresAt"
    END
WHERE "status" = 'expired';
