import { describe, expect, it } from 'vitest';
import {
  readActiveWorkspace,
  serverWorkspaceId,
  writeActiveWorkspace,
  type Workspace,
} from './workspace-registry';

const demo: Workspace = {
  id: 'demo-1',
  kind: 'demo',
  demoDate: '2026-11-22',
  serverUrl: null,
  agentId: null,
  createdAt: '2026-11-22T01:00:00.000Z',
};

describe('workspace registry', () => {
  it('remembers the active workspace and forgets it on close', () => {
    writeActiveWorkspace(localStorage, demo);
    expect(readActiveWorkspace(localStorage)).toEqual(demo);
    writeActiveWorkspace(localStorage, null);
    expect(readActiveWorkspace(localStorage)).toBeNull();
  });

  it('remembers which server and agent a server workspace belongs to', () => {
    const server: Workspace = {
      ...demo,
      id: serverWorkspaceId('https://sync.example.com', 'agent-7'),
      kind: 'server',
      demoDate: null,
      serverUrl: 'https://sync.example.com',
      agentId: 'agent-7',
    };
    writeActiveWorkspace(localStorage, server);
    expect(readActiveWorkspace(localStorage)).toEqual(server);
    expect(server.id).toBe('server-agent-7@sync.example.com');
  });

  it.each([
    'not json',
    '{"id":3,"kind":"demo"}',
    '{"id":"x","kind":"cloud"}',
    '{"id":"x","kind":"server","serverUrl":"https://a.example"}',
    'null',
  ])('treats a damaged record %s as no workspace', (raw) => {
    localStorage.setItem('awb.workspace', raw);
    expect(readActiveWorkspace(localStorage)).toBeNull();
  });
});
