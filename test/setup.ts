import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { REGISTRY_DATABASE_NAME } from '@/data/workspace-pointer';

afterEach(async () => {
  cleanup();
  // The node-environment suites (a live server) have no localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
  // The durable copy of the active-workspace pointer goes with the localStorage one.
  if (typeof indexedDB !== 'undefined') await Dexie.delete(REGISTRY_DATABASE_NAME);
});
