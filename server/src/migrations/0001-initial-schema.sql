-- The reference server's first schema (SYNC.md §4.6–4.7, §3). PostgreSQL 15+, also run on PGlite.
--
-- Row level security is defence in depth. In production the app connects as a role that neither
-- owns these tables nor has BYPASSRLS, and every transaction sets `app.agent_id` (the token's
-- agent) or `app.role` = 'system' (employer writes, admin tools) with set_config(..., true).
-- PGlite runs as a superuser, which always bypasses RLS: there, and everywhere, every query is also
-- scoped to the token's agent in the SQL itself, and the tests check isolation at that level.

CREATE TABLE orgs (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agents (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES orgs (id),
  employee_number text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  display_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- 'agent:<agentId>' or 'org:<orgId>'; `version` is bumped under this row's lock by every writer,
-- which makes versions commit-ordered per space.
CREATE TABLE spaces (
  id text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0
);

-- A generic row store: one JSON value per (space, table, key); deletes are tombstones.
CREATE TABLE rows (
  space_id text NOT NULL REFERENCES spaces (id),
  table_name text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  value jsonb,
  version bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  PRIMARY KEY (space_id, table_name, key)
);
CREATE INDEX rows_by_version ON rows (space_id, version, table_name, key);

CREATE TABLE sync_client (
  client_group_id text PRIMARY KEY,
  agent_id text NOT NULL REFERENCES agents (id),
  last_seq bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mutation_log (
  mutation_id text PRIMARY KEY,
  agent_id text NOT NULL REFERENCES agents (id),
  client_group_id text NOT NULL REFERENCES sync_client (client_group_id),
  seq bigint NOT NULL,
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'rejected')),
  result_code text,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mutation_log_by_seq ON mutation_log (client_group_id, seq);

CREATE TABLE quarantine (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agent_id text NOT NULL REFERENCES agents (id),
  client_group_id text NOT NULL,
  mutation_id text NOT NULL,
  envelope jsonb NOT NULL,
  reason text NOT NULL,
  message text NOT NULL DEFAULT '',
  received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE refresh_tokens (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agent_id text NOT NULL REFERENCES agents (id),
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Agent-scoped tables. (orgs, agents and refresh_tokens are read before an identity exists, by
-- the login and refresh endpoints, so they are guarded by the auth code instead.)
ALTER TABLE spaces ENABLE ROW LEVEL SECURITY;
ALTER TABLE spaces FORCE ROW LEVEL SECURITY;
ALTER TABLE rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE rows FORCE ROW LEVEL SECURITY;
ALTER TABLE sync_client ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_client FORCE ROW LEVEL SECURITY;
ALTER TABLE mutation_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE mutation_log FORCE ROW LEVEL SECURITY;
ALTER TABLE quarantine ENABLE ROW LEVEL SECURITY;
ALTER TABLE quarantine FORCE ROW LEVEL SECURITY;

-- The spaces the transaction's agent may see: its own and its organisation's.
CREATE FUNCTION app_visible_space(space text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT current_setting('app.role', true) = 'system'
      OR space = 'agent:' || current_setting('app.agent_id', true)
      OR space IN (SELECT 'org:' || org_id FROM agents WHERE id = current_setting('app.agent_id', true))
  $$;

CREATE POLICY spaces_scope ON spaces
  USING (app_visible_space(id)) WITH CHECK (app_visible_space(id));
-- An agent writes only its own space; org spaces are written by the system role.
CREATE POLICY rows_read ON rows FOR SELECT USING (app_visible_space(space_id));
CREATE POLICY rows_write ON rows FOR ALL
  USING (current_setting('app.role', true) = 'system'
    OR space_id = 'agent:' || current_setting('app.agent_id', true))
  WITH CHECK (current_setting('app.role', true) = 'system'
    OR space_id = 'agent:' || current_setting('app.agent_id', true));
CREATE POLICY sync_client_scope ON sync_client
  USING (current_setting('app.role', true) = 'system'
    OR agent_id = current_setting('app.agent_id', true))
  WITH CHECK (current_setting('app.role', true) = 'system'
    OR agent_id = current_setting('app.agent_id', true));
CREATE POLICY mutation_log_scope ON mutation_log
  USING (current_setting('app.role', true) = 'system'
    OR agent_id = current_setting('app.agent_id', true))
  WITH CHECK (current_setting('app.role', true) = 'system'
    OR agent_id = current_setting('app.agent_id', true));
CREATE POLICY quarantine_scope ON quarantine
  USING (current_setting('app.role', true) = 'system'
    OR agent_id = current_setting('app.agent_id', true))
  WITH CHECK (current_setting('app.role', true) = 'system'
    OR agent_id = current_setting('app.agent_id', true));
