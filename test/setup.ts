import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { readDurableWorkspace, REGISTRY_DATABASE_NAME } from '@/data/workspace-pointer';

afterEach(async () => {
  cleanup();
  // An unmounted app may still have a workspace-pointer write queued; let it land before the
  // clean-up below, or it would leave this test's workspace for the next test to open.
  if (typeof indexedDB !== 'undefined') await readDurableWorkspace().catch(() => undefined);
  // The node-environment suites (a live server) have no localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
  // The durable copy of the active-workspace pointer goes with the localStorage one.
  if (typeof indexedDB !== 'undefined') await Dexie.delete(REGISTRY_DATABASE_NAME);
});
