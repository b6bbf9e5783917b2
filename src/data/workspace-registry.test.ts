import { describe, expect, it } from 'vitest';
import { readActiveWorkspace, writeActiveWorkspace, type Workspace } from './workspace-registry';

const demo: Workspace = {
  id: 'demo-1',
  kind: 'demo',
  demoDate: '2026-11-22',
  createdAt: '2026-11-22T01:00:00.000Z',
};

describe('workspace registry', () => {
  it('remembers the active workspace and forgets it on close', () => {
    writeActiveWorkspace(localStorage, demo);
    expect(readActiveWorkspace(localStorage)).toEqual(demo);
    writeActiveWorkspace(localStorage, null);
    expect(readActiveWorkspace(localStorage)).toBeNull();
  });

  it.each(['not json', '{"id":3,"kind":"demo"}', '{"id":"x","kind":"server"}', 'null'])(
    'treats a damaged record %s as no workspace',
    (raw) => {
      localStorage.setItem('awb.workspace', raw);
      expect(readActiveWorkspace(localStorage)).toBeNull();
    },
  );
});
