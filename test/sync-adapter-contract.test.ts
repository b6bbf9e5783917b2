import { createLocalAdapter } from '@/sync/adapters/local-adapter';
import { createMemoryServer } from '@/sync/adapters/memory-server';
import { createMemoryServerAdapter } from '@/sync/adapters/memory-server-adapter';
import { runSyncAdapterContract, type MakeHarness } from './sync-adapter-contract';
import { runSchema5Contract } from './sync-adapter-contract-schema5';
import { AGENT_ID } from './sync-builders';

const memoryServerHarness: MakeHarness = (seedRows) => {
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
};

runSyncAdapterContract('memory server', memoryServerHarness, { hasRemoteServer: true });
runSchema5Contract('memory server', memoryServerHarness);

runSyncAdapterContract(
  'local (the device is the system of record)',
  (seedRows) => ({ adapter: createLocalAdapter({ initialChanges: () => seedRows }) }),
  { hasRemoteServer: false },
);
