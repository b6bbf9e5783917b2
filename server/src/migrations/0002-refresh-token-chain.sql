-- Refresh tokens form a chain: each rotation records the token that replaced it, and when a token
-- was presented. A browser killed before it wrote a rotated cookie to disk presents the previous
-- token again; when nothing after it in the chain was ever presented, that is a lost cookie, not
-- a theft (see server/src/refresh-tokens.ts).
ALTER TABLE refresh_tokens ADD COLUMN replaced_by bigint REFERENCES refresh_tokens (id);
ALTER TABLE refresh_tokens ADD COLUMN presented_at timestamptz;
