import { useEffect, useState } from 'react';

export interface StorageStatus {
  /** `null` when the browser has no Storage API to ask. */
  isPersistent: boolean | null;
  usedBytes: number | null;
  quotaBytes: number | null;
}

/** Asks the browser whether our storage is persistent and how much of the quota it uses. */
export function useStorageStatus(): StorageStatus | undefined {
  const [status, setStatus] = useState<StorageStatus>();
  useEffect(() => {
    let isCurrent = true;
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    void Promise.all([
      storage?.persisted?.().catch(() => null) ?? Promise.resolve(null),
      storage?.estimate?.().catch(() => null) ?? Promise.resolve(null),
    ]).then(([isPersistent, estimate]) => {
      if (!isCurrent) return;
      setStatus({
        isPersistent,
        usedBytes: estimate?.usage ?? null,
        quotaBytes: estimate?.quota ?? null,
      });
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return status;
}
