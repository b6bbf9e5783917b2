-- Attachment bytes (issue #4): photos and screenshots an agent adds to an escalation note. The app
-- uploads them to PUT /api/attachments/:sha256 before pushing the note that references them; the
-- server checks the hash against the bytes, so a row's sha256 is always the hash of its bytes.
-- Stored per agent (the owner is part of the key): an agent can neither reference nor learn about
-- another agent's attachment, even one with the same bytes.
CREATE TABLE attachments (
  agent_id text NOT NULL REFERENCES agents (id),
  sha256 text COLLATE "C" NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  size integer NOT NULL CHECK (size > 0),
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agent_id, sha256)
);
CREATE INDEX attachments_by_hash ON attachments (sha256);

ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachments FORCE ROW LEVEL SECURITY;
CREATE POLICY attachments_scope ON attachments
  USING (current_setting('app.role', true) = 'system'
    OR agent_id = current_setting('app.agent_id', true))
  WITH CHECK (current_setting('app.role', true) = 'system'
    OR agent_id = current_setting('app.agent_id', true));
