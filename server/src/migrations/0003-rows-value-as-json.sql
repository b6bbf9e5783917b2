-- Synced values are stored as `json` (the text as written) instead of `jsonb`: a pull copies each
-- value into the response as stored, and printing jsonb back to text was the largest part of the
-- database's work on a pull. Nothing queries inside values except the employer API's `->>`,
-- which json supports as well.
ALTER TABLE rows ALTER COLUMN value TYPE json USING value::json;
