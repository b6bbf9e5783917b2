import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '@/data/workspace-context';
import type { ReadinessReport } from '@/domain/equipment/readiness-report';
import type { Shift } from '@/domain/roster/shift';
import { useClock } from '@/ui/clock-context';

/** The reports of one shift (or of none), newest first, with the shift when it is on the device. */
export interface ShiftReports {
  shiftId: string | null;
  shift: Shift | null;
  reports: ReadinessReport[];
}

/** Every report on the device grouped by shift, the shift with the newest report first. */
export function useReportsByShift(): ShiftReports[] | undefined {
  const repositories = useRepositories();
  const clock = useClock();
  return useLiveQuery(async () => {
    const reports = await repositories.readiness.list();
    const groups = new Map<string | null, ReadinessReport[]>();
    for (const report of reports) {
      const group = groups.get(report.shiftId);
      if (group) group.push(report);
      else groups.set(report.shiftId, [report]);
    }
    return Promise.all(
      [...groups].map(async ([shiftId, inGroup]) => ({
        shiftId,
        shift: shiftId
          ? ((await repositories.readiness.exportForShift(shiftId, clock())).shift ?? null)
          : null,
        reports: inGroup,
      })),
    );
  }, [repositories, clock]);
}

export interface ReportView {
  report: ReadinessReport;
  shift: Shift | null;
}

/** One report with its shift; `null` when it is not on the device, `undefined` while loading. */
export function useReport(reportId: string): ReportView | null | undefined {
  const repositories = useRepositories();
  const clock = useClock();
  return useLiveQuery(async () => {
    const report = await repositories.readiness.get(reportId);
    if (!report) return null;
    const shift = report.shiftId
      ? ((await repositories.readiness.exportForShift(report.shiftId, clock())).shift ?? null)
      : null;
    return { report, shift };
  }, [repositories, reportId, clock]);
}
