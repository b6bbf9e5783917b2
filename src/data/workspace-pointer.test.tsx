import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render-app';
import {
  readDurableWorkspace,
  resolveActiveWorkspace,
  saveActiveWorkspace,
} from './workspace-pointer';
import { readActiveWorkspace, writeActiveWorkspace, type Workspace } from './workspace-registry';

const WELCOME = 'Welcome to Agent Workbench';

function localWorkspace(id: string): Workspace {
  return {
    id,
    kind: 'local',
    demoDate: null,
    serverUrl: null,
    agentId: null,
    createdAt: '2026-11-22T01:00:00.000Z',
  };
}

/** Every pathname the router visits from now on. */
function recordPaths(router: Awaited<ReturnType<typeof renderApp>>['router']): string[] {
  const visited = [router.state.location.pathname];
  router.subscribe((state) => visited.push(state.location.pathname));
  return visited;
}

describe('workspace pointer', () => {
  it('keeps a durable copy of what it writes to localStorage, and of a close', async () => {
    const workspace = localWorkspace('local-1');
    await saveActiveWorkspace(localStorage, workspace);
    expect(await readDurableWorkspace()).toEqual(workspace);
    expect(readActiveWorkspace(localStorage)).toEqual(workspace);

    await saveActiveWorkspace(localStorage, null);
    expect(await readDurableWorkspace()).toBeNull();
    expect(localStorage.getItem('awb.workspace')).toBeNull();
  });

  it('restores a lost localStorage pointer from the durable copy', async () => {
    const workspace = localWorkspace('local-1');
    await saveActiveWorkspace(localStorage, workspace);
    localStorage.clear();
    expect(await resolveActiveWorkspace(localStorage)).toEqual(workspace);
    expect(readActiveWorkspace(localStorage)).toEqual(workspace);
  });

  it.each(['not json', '{"id":"local-2","kind":"cloud"}'])(
    'lets the durable copy win over an unreadable localStorage value %s',
    async (raw) => {
      const workspace = localWorkspace('local-1');
      await saveActiveWorkspace(localStorage, workspace);
      localStorage.setItem('awb.workspace', raw);
      expect(await resolveActiveWorkspace(localStorage)).toEqual(workspace);
      expect(readActiveWorkspace(localStorage)).toEqual(workspace);
    },
  );

  it('lets the durable copy win over a different localStorage pointer', async () => {
    const durable = localWorkspace('local-new');
    await saveActiveWorkspace(localStorage, durable);
    writeActiveWorkspace(localStorage, localWorkspace('local-old'));
    expect(await resolveActiveWorkspace(localStorage)).toEqual(durable);
    expect(readActiveWorkspace(localStorage)).toEqual(durable);
  });

  it('does not revive a closed workspace from a stale localStorage pointer', async () => {
    await saveActiveWorkspace(localStorage, localWorkspace('local-1'));
    await saveActiveWorkspace(localStorage, null);
    // The browser died before localStorage's "closed" reached the disk.
    writeActiveWorkspace(localStorage, localWorkspace('local-1'));
    expect(await resolveActiveWorkspace(localStorage)).toBeNull();
    expect(localStorage.getItem('awb.workspace')).toBeNull();
  });

  it('adopts a pointer only localStorage has (written before the durable copy existed)', async () => {
    const workspace = localWorkspace('local-1');
    writeActiveWorkspace(localStorage, workspace);
    expect(await readDurableWorkspace()).toBeUndefined();
    expect(await resolveActiveWorkspace(localStorage)).toEqual(workspace);
    expect(await readDurableWorkspace()).toEqual(workspace);
  });

  it('has no workspace on a first start', async () => {
    expect(await resolveActiveWorkspace(localStorage)).toBeNull();
    expect(await readDurableWorkspace()).toBeUndefined();
  });

  it("falls back to localStorage's pointer when IndexedDB cannot be opened", async () => {
    const workspace = localWorkspace('local-1');
    writeActiveWorkspace(localStorage, workspace);
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('IndexedDB is unavailable', 'InvalidStateError');
    });
    expect(await resolveActiveWorkspace(localStorage)).toEqual(workspace);
    expect(readActiveWorkspace(localStorage)).toEqual(workspace);
  });

  it('rejects and leaves localStorage alone when the durable write fails', async () => {
    const before = localWorkspace('local-1');
    await saveActiveWorkspace(localStorage, before);
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('IndexedDB is unavailable', 'InvalidStateError');
    });
    await expect(saveActiveWorkspace(localStorage, localWorkspace('local-2'))).rejects.toThrow();
    expect(readActiveWorkspace(localStorage)).toEqual(before);
  });
});

describe('the app after a kill lost its localStorage pointer', () => {
  it('reopens the workspace it had open, never showing the welcome screen', async () => {
    const { user, unmount } = await renderApp('/welcome');
    await user.click(await screen.findByRole('button', { name: 'Start with an empty workspace' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    const opened = readActiveWorkspace(localStorage);
    expect(opened?.kind).toBe('local');
    unmount();
    localStorage.clear();

    const { router } = await renderApp('/');
    const visited = recordPaths(router);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('heading', { name: WELCOME })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(visited).not.toContain('/welcome');
    expect(readActiveWorkspace(localStorage)).toEqual(opened);
  });

  it('opens the durable workspace when localStorage holds an unreadable value', async () => {
    const { unmount } = await renderApp('/', { workspace: 'local' });
    const opened = readActiveWorkspace(localStorage);
    unmount();
    localStorage.setItem('awb.workspace', '{"id":');

    const { router } = await renderApp('/');
    const visited = recordPaths(router);
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(visited).not.toContain('/welcome');
    expect(readActiveWorkspace(localStorage)).toEqual(opened);
  });

  it('switches to the durable workspace when localStorage names an older one', async () => {
    const { unmount } = await renderApp('/', { workspace: 'demo' });
    const demo = readActiveWorkspace(localStorage);
    unmount();
    writeActiveWorkspace(localStorage, localWorkspace('local-closed-before-the-kill'));

    await renderApp('/');
    expect(await screen.findByText('Demo workspace')).toBeVisible();
    expect(readActiveWorkspace(localStorage)).toEqual(demo);
  });

  it('reopens a workspace created by the first escalation', async () => {
    const { user, unmount } = await renderApp('/escalate');
    await user.click(await screen.findByRole('radio', { name: 'Customer at risk' }));
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));
    expect(
      await screen.findByText(
        'Saved on this device. It will be sent as soon as there is a connection.',
      ),
    ).toBeVisible();
    unmount();
    localStorage.clear();

    await renderApp('/escalate');
    expect(await screen.findByText('Customer at risk', { selector: 'strong' })).toBeVisible();
    expect(readActiveWorkspace(localStorage)?.kind).toBe('local');
  });
});

describe('closing and resetting a workspace', () => {
  it('leaves neither copy of the pointer after a close, and starts on the welcome screen', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user, unmount } = await renderApp('/me', { workspace: 'local' });
    await user.click(await screen.findByRole('button', { name: 'Close this workspace' }));
    expect(await screen.findByRole('heading', { level: 1, name: WELCOME })).toBeVisible();
    expect(localStorage.getItem('awb.workspace')).toBeNull();
    expect(await readDurableWorkspace()).toBeNull();

    unmount();
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: WELCOME })).toBeVisible();
  });

  it('points both copies at the new demo workspace after a reset', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = await renderApp('/me', { workspace: 'demo' });
    const before = readActiveWorkspace(localStorage);
    await user.click(await screen.findByRole('button', { name: 'Reset demo workspace' }));
    // The reset closes the old workspace (no pointer for a moment), then opens the new one.
    await vi.waitFor(
      () => {
        const current = readActiveWorkspace(localStorage);
        expect(current?.kind).toBe('demo');
        expect(current?.id).not.toBe(before?.id);
      },
      { timeout: 5_000 },
    );
    const after = readActiveWorkspace(localStorage);
    expect(await readDurableWorkspace()).toEqual(after);
  });
});
