import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // The node-environment suites (a live server) have no localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
