import { createLocalAdapter } from '@/sync/adapters/local-adapter';
import { createMemoryServer } from '@/sync/adapters/memory-server';
import { createMemoryServerAdapter } from '@/sync/adapters/memory-server-adapter';
import { runSyncAdapterContract } from './sync-adapter-contract';
import { AGENT_ID } from './sync-builders';

runSyncAdapterContract(
  'memory server',
  (seedRows) => {
    const server = createMemoryServer();
    server.writeAsEmployer(seedRows, AGENT_ID);
    return {
      adapter: createMemoryServerAdapter(server, { agentId: AGENT_ID }),
      server: {
        writeAsEmployer: (changes) => server.writeAsEmployer(changes, AGENT_ID),
        effectCount: server.effectCount,
        isQuarantined: (mutationId) =>
          server.quarantine().some((entry) => entry.envelope.mutationId === mutationId),
        adapterForAgent: (agentId) => createMemoryServerAdapter(server, { agentId }),
      },
    };
  },
  { hasRemoteServer: true },
);

runSyncAdapterContract(
  'local (the device is the system of record)',
  (seedRows) => ({ adapter: createLocalAdapter({ initialChanges: () => seedRows }) }),
  { hasRemoteServer: false },
);
