import {
  createBrowserRouter,
  createMemoryRouter,
  Navigate,
  Outlet,
  type RouteObject,
} from 'react-router';
import type { i18n as I18n } from 'i18next';
import type { Namespace } from '@/i18n/languages';
import { useOptionalWorkspace } from '@/data/workspace-context';
import { EscalatePage } from '@/features/escalation/escalate-page';
import { TodayPage } from '@/features/today/today-page';
import type { EscalationLinks } from '@/features/escalation/escalation-links';
import type { KpiLinks } from '@/features/kpis/kpi-links';
import type { RosterLinks } from '@/features/roster/roster-links';
import type { TrainingLinks } from '@/features/training/training-links';
import type { ReadinessLinks } from '@/features/readiness/readiness-links';
import { AppLayout } from './app-layout';
import { loadDeferredRepositories, type DeferredRepositoryName } from './deferred-repositories';
import { paths } from './paths';
import { NotFound, RouteError } from './route-error';

/** Screens that need an open workspace send the agent to the welcome screen otherwise. */
function RequireWorkspace() {
  return useOptionalWorkspace() ? <Outlet /> : <Navigate to={paths.welcome()} replace />;
}

function RedirectWhenOpen({ children }: { children: React.ReactNode }) {
  return useOptionalWorkspace() ? <Navigate to={paths.today()} replace /> : children;
}

/** The hrefs the escalation screens link to (features never import app/paths.ts). */
const escalationLinks: EscalationLinks = {
  escalate: paths.escalate,
  escalation: paths.escalation,
  record: paths.escalationRecord,
  roster: paths.roster,
  kpis: paths.kpis,
  payLine: paths.payLine,
};

/** The hrefs the roster screens link to. */
const rosterLinks: RosterLinks = {
  roster: paths.roster,
  rosterView: paths.rosterView,
  leave: paths.rosterLeave,
  swaps: paths.rosterSwaps,
  changes: paths.rosterChanges,
};

/** The hrefs the training screens link to. */
const trainingLinks: TrainingLinks = {
  training: paths.training,
  module: paths.trainingModule,
  lesson: paths.trainingLesson,
  exam: paths.trainingExam,
  attempt: paths.trainingAttempt,
  qualification: paths.trainingQualification,
  career: paths.trainingCareer,
};

/** The hrefs the readiness screens link to. */
const readinessLinks: ReadinessLinks = {
  readiness: paths.readiness,
  history: paths.readinessHistory,
  report: paths.readinessReport,
  escalate: paths.escalate,
};

/** The hrefs the KPI screens link to. */
const kpiLinks: KpiLinks = {
  kpis: paths.kpis,
  definitions: paths.kpiDefinitions,
  tally: paths.kpiTally,
  goals: paths.kpiGoals,
};

type LazyRoute = () => Promise<Pick<RouteObject, 'Component'>>;

/** Screens that read a deferred repository bring its code (deferred-repositories.ts). */
const withDeferredRepositories =
  (names: DeferredRepositoryName[], load: LazyRoute): LazyRoute =>
  async () => {
    const [route] = await Promise.all([load(), loadDeferredRepositories(...names)]);
    return route;
  };

/** What Today's cards after the first screen read. */
const prepareTodayLaterCards = () => loadDeferredRepositories('readiness', 'training');

/**
 * Each feature is its own chunk, loaded with its translations when its route is first visited,
 * so the first screen carries only the shell, its own code and the `common` namespace.
 */
function createRoutes(i18n: I18n): RouteObject[] {
  const withStrings =
    (namespaces: Namespace[], load: LazyRoute): LazyRoute =>
    async () => {
      const [route] = await Promise.all([load(), i18n.loadNamespaces(namespaces)]);
      return route;
    };
  return [
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        {
          path: paths.welcome(),
          lazy: withStrings(['welcome'], async () => {
            const { WelcomePage } = await import('@/features/welcome/welcome-page');
            return {
              Component: () => (
                <RedirectWhenOpen>
                  <WelcomePage />
                </RedirectWhenOpen>
              ),
            };
          }),
        },
        {
          // Not lazy: raising an escalation must work offline from the first load, before the
          // service worker has cached anything (issue #4).
          path: paths.escalate(),
          Component: () => <EscalatePage links={escalationLinks} />,
        },
        {
          element: <RequireWorkspace />,
          children: [
            {
              // Escalations exist only in an open workspace. Lazy, unlike raising one: following an
              // escalation can wait for its chunk, which the service worker precaches anyway.
              path: paths.escalationRoute(),
              lazy: async () => {
                const { EscalationDetailPage } =
                  await import('@/features/escalation/escalation-detail-page');
                return { Component: () => <EscalationDetailPage links={escalationLinks} /> };
              },
            },
            {
              path: paths.escalationRecord(),
              lazy: async () => {
                const { PrintableRecordPage } =
                  await import('@/features/escalation/printable-record-page');
                return { Component: () => <PrintableRecordPage links={escalationLinks} /> };
              },
            },
            {
              index: true,
              // Today is the first screen of an open workspace: its code comes with the shell, and
              // it loads its strings itself while its data is read (today-page.tsx).
              Component: () => (
                <TodayPage
                  changeLogPath={paths.rosterChanges()}
                  qualificationPath={paths.trainingQualification()}
                  readinessLinks={{
                    readiness: paths.readiness(),
                    report: paths.readinessReport,
                  }}
                  prepareLaterCards={prepareTodayLaterCards}
                />
              ),
            },
            {
              // The change log's strings live with Today's change notices (`today:changes`).
              path: paths.rosterChanges(),
              lazy: withStrings(['today'], async () => {
                const { ChangesPage } = await import('@/features/roster/changes-page');
                return { Component: () => <ChangesPage todayPath={paths.today()} /> };
              }),
            },
            {
              path: paths.roster(),
              lazy: withStrings(['roster'], async () => {
                const { RosterPage } = await import('@/features/roster/roster-page');
                return { Component: () => <RosterPage links={rosterLinks} /> };
              }),
            },
            {
              path: paths.rosterLeave(),
              lazy: withStrings(['roster'], async () => {
                const { LeavePage } = await import('@/features/roster/leave-page');
                return { Component: () => <LeavePage links={rosterLinks} /> };
              }),
            },
            {
              path: paths.rosterSwaps(),
              lazy: withStrings(['roster'], async () => {
                const { SwapsPage } = await import('@/features/roster/swaps-page');
                return { Component: () => <SwapsPage links={rosterLinks} /> };
              }),
            },
            {
              path: paths.training(),
              lazy: withStrings(
                ['training'],
                withDeferredRepositories(['training'], async () => {
                  const { TrainingPage } = await import('@/features/training/training-page');
                  return { Component: () => <TrainingPage links={trainingLinks} /> };
                }),
              ),
            },
            {
              path: paths.trainingModuleRoute(),
              lazy: withStrings(
                ['training'],
                withDeferredRepositories(['training'], async () => {
                  const { ModulePage } = await import('@/features/training/module-page');
                  return { Component: () => <ModulePage links={trainingLinks} /> };
                }),
              ),
            },
            {
              path: paths.trainingLessonRoute(),
              lazy: withStrings(
                ['training'],
                withDeferredRepositories(['training'], async () => {
                  const { LessonPage } = await import('@/features/training/lesson-page');
                  return { Component: () => <LessonPage links={trainingLinks} /> };
                }),
              ),
            },
            {
              path: paths.trainingExamRoute(),
              lazy: withStrings(
                ['training'],
                withDeferredRepositories(['training'], async () => {
                  const { ExamPage } = await import('@/features/training/exam-page');
                  return { Component: () => <ExamPage links={trainingLinks} /> };
                }),
              ),
            },
            {
              path: paths.trainingAttemptRoute(),
              lazy: withStrings(
                ['training'],
                withDeferredRepositories(['training'], async () => {
                  const { AttemptPage } = await import('@/features/training/attempt-page');
                  return { Component: () => <AttemptPage links={trainingLinks} /> };
                }),
              ),
            },
            {
              path: paths.trainingQualification(),
              lazy: withStrings(
                ['training'],
                withDeferredRepositories(['training'], async () => {
                  const { QualificationPage } =
                    await import('@/features/training/qualification-page');
                  return { Component: () => <QualificationPage links={trainingLinks} /> };
                }),
              ),
            },
            {
              // Metric names come from the KPI strings.
              path: paths.trainingCareer(),
              lazy: withStrings(
                ['training', 'kpis'],
                withDeferredRepositories(['training'], async () => {
                  const { CareerPage } = await import('@/features/training/career-page');
                  return { Component: () => <CareerPage links={trainingLinks} /> };
                }),
              ),
            },
            {
              path: paths.kpis(),
              lazy: withStrings(
                ['kpis'],
                withDeferredRepositories(['kpis'], async () => {
                  const { KpisPage } = await import('@/features/kpis/kpis-page');
                  return { Component: () => <KpisPage links={kpiLinks} /> };
                }),
              ),
            },
            {
              path: paths.kpiDefinitions(),
              lazy: withStrings(
                ['kpis'],
                withDeferredRepositories(['kpis'], async () => {
                  const { DefinitionsPage } = await import('@/features/kpis/definitions-page');
                  return { Component: () => <DefinitionsPage links={kpiLinks} /> };
                }),
              ),
            },
            {
              path: paths.kpiTally(),
              lazy: withStrings(
                ['kpis'],
                withDeferredRepositories(['kpis'], async () => {
                  const { TallyPage } = await import('@/features/kpis/tally-page');
                  return { Component: () => <TallyPage links={kpiLinks} /> };
                }),
              ),
            },
            {
              path: paths.kpiGoals(),
              lazy: withStrings(
                ['kpis'],
                withDeferredRepositories(['kpis'], async () => {
                  const { GoalsPage } = await import('@/features/kpis/goals-page');
                  return { Component: () => <GoalsPage links={kpiLinks} /> };
                }),
              ),
            },
            {
              path: paths.pay(),
              lazy: withStrings(['pay'], async () => {
                const { PayPage } = await import('@/features/pay/pay-page');
                return {
                  Component: () => (
                    <PayPage statementPath={paths.payStatement} exportPath={paths.payExport()} />
                  ),
                };
              }),
            },
            {
              // Static, so it ranks above `/pay/:statementId`.
              path: paths.payExport(),
              lazy: withStrings(['pay'], async () => {
                const { PayExportPage } = await import('@/features/pay/pay-export-page');
                return { Component: () => <PayExportPage backPath={paths.pay()} /> };
              }),
            },
            {
              path: paths.payStatementRoute(),
              lazy: withStrings(['pay'], async () => {
                const { PayStatementPage } = await import('@/features/pay/pay-statement-page');
                return {
                  Component: () => (
                    <PayStatementPage
                      backPath={paths.pay()}
                      escalatePath={paths.escalate()}
                      escalationPath={paths.escalation}
                    />
                  ),
                };
              }),
            },
            {
              path: paths.readiness(),
              lazy: withStrings(
                ['readiness'],
                withDeferredRepositories(['readiness'], async () => {
                  const { ReadinessPage } = await import('@/features/readiness/readiness-page');
                  return { Component: () => <ReadinessPage links={readinessLinks} /> };
                }),
              ),
            },
            {
              path: paths.readinessHistory(),
              lazy: withStrings(
                ['readiness'],
                withDeferredRepositories(['readiness'], async () => {
                  const { ReadinessHistoryPage } =
                    await import('@/features/readiness/readiness-history-page');
                  return { Component: () => <ReadinessHistoryPage links={readinessLinks} /> };
                }),
              ),
            },
            {
              path: paths.readinessReportRoute(),
              lazy: withStrings(
                ['readiness'],
                withDeferredRepositories(['readiness'], async () => {
                  const { ReadinessReportPage } =
                    await import('@/features/readiness/readiness-report-page');
                  return { Component: () => <ReadinessReportPage links={readinessLinks} /> };
                }),
              ),
            },
            {
              path: paths.me(),
              lazy: withStrings(['me'], async () => {
                const { MePage } = await import('@/features/me/me-page');
                return { Component: () => <MePage readinessPath={paths.readiness()} /> };
              }),
            },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

export function createAppRouter(i18n: I18n) {
  return createBrowserRouter(createRoutes(i18n));
}

export function createTestRouter(initialPath: string, i18n: I18n) {
  return createMemoryRouter(createRoutes(i18n), { initialEntries: [initialPath] });
}
