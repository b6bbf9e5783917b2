/**
 * Training and exams in the real app (issue #8): the demo's practice exam taken offline, the
 * page reloaded in the middle and every answer and the timer still there, finished and passed;
 * a certification exam whose key stays on the reference server shows "submitted, awaiting
 * result" until its result syncs back; a lesson with an injected script does not run it; and
 * axe finds nothing on the training screens in three languages, light and dark, offline.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished } from 'vitest';
import { buildSalesFlowExam } from '../../src/data/demo/sales-flow-exam';
import { buildServiceRulesExam } from '../../src/data/demo/service-rules-exam';
import { DEMO_EXAM_IDS, DEMO_MODULE_IDS } from '../../src/data/demo/demo-ids';
import type { ExamQuestion } from '../../src/domain/training/training';
import { startServer } from '../../server/src/start-server';
import { countOutbox, readWorkspaceStores } from './app-storage';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  translation,
  waitForServiceWorkerControl,
} from './browser';
import { AXE_LANGUAGES, axeChecker, expectAllClean } from './axe-screens';
import { openOfflineDemo } from './offline-demo';
import { signInToDemoOrganisation } from './sync-ui';

const DIST_DIR = join(import.meta.dirname, '..', '..', 'dist');

/** The fieldset of one question, found by its English prompt. */
function questionGroup(page: Page, question: ExamQuestion) {
  return page.getByRole('group').filter({ hasText: question.prompt.en });
}

const optionText = (question: ExamQuestion, id: string) =>
  question.options.find((option) => option.id === id)!.text.en;

/** Gives the keyed answer the way an agent would: tapping choices, moving steps with the buttons. */
async function answerCorrectly(page: Page, question: ExamQuestion): Promise<void> {
  const group = questionGroup(page, question);
  const key = question.answer ?? [];
  if (question.kind !== 'ordering') {
    for (const id of key) {
      await group
        .getByRole(question.kind === 'multiple' ? 'checkbox' : 'radio', {
          name: optionText(question, id),
          exact: true,
        })
        .check();
    }
    return;
  }
  for (let target = 0; target < key.length; target += 1) {
    const text = optionText(question, key[target]!);
    const order = await group.locator('.ordering-text').allInnerTexts();
    for (let position = order.indexOf(text); position > target; position -= 1) {
      await group.getByRole('button', { name: `Move up: ${text}`, exact: true }).click();
      await expect.poll(() => group.locator('.ordering-text').allInnerTexts()).toContain(text);
    }
  }
  await expect
    .poll(() => group.locator('.ordering-text').allInnerTexts())
    .toEqual(key.map((id) => optionText(question, id)));
}

/** Seconds the timer shows, read from its `m:ss`. */
async function timerSeconds(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').innerText()).match(/(\d+):(\d\d)/);
  if (!text) throw new Error('No time shown on the timer.');
  return Number(text[1]) * 60 + Number(text[2]);
}

describe('training', () => {
  browserTest(
    'takes the demo practice exam offline, survives a reload in the middle, and passes',
    async () => {
      const app = await openOfflineDemo();
      const { page } = app;
      const exam = buildSalesFlowExam();

      await page.goto(app.url('/training'));
      await expectSingleHeading(page, 'Training');
      await page.getByRole('link', { name: 'Outbound sales flow' }).click();
      await expectSingleHeading(page, 'Outbound sales flow');
      await page.getByRole('link', { name: /^Go to the exam:/ }).click();
      await expectSingleHeading(page, exam.title.en);
      await page.getByRole('button', { name: 'Start the exam' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/training/attempts/'));
      await page.getByRole('timer').waitFor();
      expect(await timerSeconds(page)).toBeLessThanOrEqual(15 * 60);

      const [first, second, ...rest] = exam.questions;
      await answerCorrectly(page, first!);
      await answerCorrectly(page, second!);
      // Saved as given: the draft on the device already holds both answers.
      await expect
        .poll(async () => {
          const snapshot = await readWorkspaceStores(page, ['examAttempts']);
          const draft = (snapshot?.stores.examAttempts ?? []).find(
            (row) => (row as { syncState: string }).syncState === 'draft',
          ) as { answers: Record<string, string[]> } | undefined;
          return [draft?.answers[first!.id], draft?.answers[second!.id]];
        })
        .toEqual([first!.answer, second!.answer]);
      const beforeReload = await timerSeconds(page);

      await page.reload();
      await page.getByRole('timer').waitFor();
      // The same attempt, the same answers, and the deadline fixed at the start.
      const secondKey = second!.answer![0]!;
      await expect(
        questionGroup(page, second!)
          .getByRole(second!.kind === 'multiple' ? 'checkbox' : 'radio', {
            name: optionText(second!, secondKey),
            exact: true,
          })
          .isChecked(),
      ).resolves.toBe(true);
      expect(await timerSeconds(page)).toBeLessThanOrEqual(beforeReload);

      for (const question of rest) await answerCorrectly(page, question);
      await page.getByRole('button', { name: 'Submit the exam' }).click();
      await page.getByText('Passed', { exact: true }).waitFor();
      await page.getByText('Graded on this device').waitFor();
      await page.getByRole('region', { name: 'Review' }).waitFor();
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      // Queued for the server, like every agent write.
      await expect(countOutbox(page)).resolves.toBeGreaterThan(0);
    },
  );

  browserTest(
    'a certification exam with no key on the device shows "awaiting result" until it syncs',
    async () => {
      const server = await startServer({ seed: 'demo', staticDir: DIST_DIR });
      onTestFinished(() => server.close());
      const app = await launchApp({ origin: server.url });
      const { page, context } = app;
      await signInToDemoOrganisation(page, server.url);
      await waitForServiceWorkerControl(page);
      const exam = buildServiceRulesExam();

      await page.goto(app.url(`/training/exams/${DEMO_EXAM_IDS.serviceRules}`));
      await expectSingleHeading(page, exam.title.en);
      // The server kept the key: the device says who grades.
      await page
        .getByText(/^Graded by the training centre: the answer key is not on this device/)
        .waitFor();
      const stored = await readWorkspaceStores(page, ['exams']);
      const onDevice = (stored?.stores.exams ?? []).find(
        (row) => (row as { id: string }).id === DEMO_EXAM_IDS.serviceRules,
      ) as { questions: { answer?: string[] }[] } | undefined;
      expect(onDevice?.questions.every((question) => question.answer === undefined)).toBe(true);

      await context.setOffline(true);
      await page.getByRole('button', { name: 'Start the exam' }).click();
      await page.getByRole('timer').waitFor();
      for (const question of exam.questions) await answerCorrectly(page, question);
      await page.getByRole('button', { name: 'Submit the exam' }).click();
      await page.getByText('Submitted, awaiting result', { exact: true }).waitFor();
      await page.getByText('Waiting to be sent').first().waitFor();

      await context.setOffline(false);
      await expect.poll(() => countOutbox(page), { timeout: 20_000 }).toBe(0);
      await page.getByText('Graded by the training centre', { exact: true }).waitFor({
        timeout: 20_000,
      });
      await page.getByText('Passed', { exact: true }).waitFor();
    },
  );

  browserTest(
    'reads a lesson with its picture offline and resumes where the agent left off',
    async () => {
      const app = await openOfflineDemo();
      const { page } = app;
      await page.goto(app.url(`/training/lessons/${DEMO_MODULE_IDS.salesFlow}-lesson-1`));
      await expectSingleHeading(page, 'Opening and discovering needs');
      // The picture comes from the precache: loaded, and no "Image not available" placeholder.
      const picture = page.getByRole('img', {
        name: 'The four steps of an outbound call, one after the other',
      });
      await picture.scrollIntoViewIfNeeded();
      await expect
        .poll(() => picture.evaluate((image) => (image as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
      await expect(page.getByText(/^Image not available/).count()).resolves.toBe(0);

      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
      await page.getByRole('button', { name: 'Mark as read' }).click();
      await page.getByText('Marked as read. Saved on this device.').waitFor();
      await expect.poll(() => countOutbox(page)).toBeGreaterThan(0);
      // Saved as the agent scrolls (at most once a second); a reload opens the lesson there again.
      await page.waitForTimeout(1_500);
      await page.reload();
      await page.getByText('You are back where you left off.').waitFor();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await page.getByText(/^Read on /).waitFor();
    },
  );

  browserTest('a lesson with an injected script tag does not run it', async () => {
    const app = await openOfflineDemo();
    const { page } = app;
    const lessonId = await injectIntoFirstLesson(
      page,
      [
        '# Injected',
        '',
        'Text before the script.',
        '',
        '<script>window.__lessonScriptRan = true</script>',
        '<img src="/no-such-image.png" onerror="window.__lessonScriptRan = true" alt="A picture">',
        '<a href="javascript:window.__lessonScriptRan = true">A link</a>',
        '',
        'Text after the script.',
      ].join('\n'),
    );
    await page.goto(app.url(`/training/lessons/${encodeURIComponent(lessonId)}`));
    await page.getByText('Text after the script.').waitFor();
    await page.getByText('Text before the script.').waitFor();
    // The missing image shows its translated placeholder instead of running its handler.
    await page.getByRole('img', { name: /A picture/ }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => Reflect.get(window, '__lessonScriptRan'))).toBeUndefined();
    await expect(page.locator('.lesson-body script').count()).resolves.toBe(0);
    await expect(page.locator('.lesson-body [onerror]').count()).resolves.toBe(0);
    await expect(page.locator('.lesson-body a[href^="javascript:"]').count()).resolves.toBe(0);
  });
});

/** Replaces the first lesson's body in every language, straight in IndexedDB; returns its id. */
async function injectIntoFirstLesson(page: Page, markdown: string): Promise<string> {
  return page.evaluate(
    async ({ body, moduleId }) => {
      const raw = localStorage.getItem('awb.workspace');
      if (!raw) throw new Error('No workspace open.');
      const name = `agent-workbench:${(JSON.parse(raw) as { id: string }).id}`;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      try {
        const tx = db.transaction('lessons', 'readwrite');
        const store = tx.objectStore('lessons');
        const lessons = await new Promise<{ id: string; moduleId: string; order: number }[]>(
          (resolve, reject) => {
            const request = store.getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error ?? new Error('read failed'));
          },
        );
        const lesson = lessons
          .filter((candidate) => candidate.moduleId === moduleId)
          .sort((a, b) => a.order - b.order)[0];
        if (!lesson) throw new Error('No lesson to inject into.');
        store.put({ ...lesson, body: { en: body, 'zh-CN': body, 'zh-TW': body } });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        });
        return lesson.id;
      } finally {
        db.close();
      }
    },
    { body: markdown, moduleId: DEMO_MODULE_IDS.serviceRules },
  );
}

describe.each(['light', 'dark'] as const)(
  'accessibility of the training screens, offline, in the %s theme at 360 px',
  (colorScheme) => {
    browserTest.each(AXE_LANGUAGES)(
      'axe finds no WCAG 2.2 A/AA violations on Today’s qualification card, the modules, a module, a lesson, an exam, a running attempt, its result, qualification and career ($language)',
      async ({ language, locale }) => {
        const text = (key: string) => translation(language, 'training', key);
        const app = await openOfflineDemo({ language, locale, colorScheme });
        const { page } = app;
        const { violations, check } = axeChecker(page, language, colorScheme);

        // Today with the qualification card, loaded after the first screen.
        await page.getByRole('region', { name: text('today.title') }).waitFor();
        await check('/ (qualification card)');

        await page.goto(app.url('/training'));
        await expectSingleHeading(page, text('title'));
        await page.getByRole('region', { name: text('modules') }).waitFor();
        await check('/training');

        await page.goto(app.url(`/training/modules/${DEMO_MODULE_IDS.salesFlow}`));
        await page.getByRole('region', { name: text('module.lessons') }).waitFor();
        await check('/training/modules/:moduleId');

        await page
          .getByRole('region', { name: text('module.lessons') })
          .getByRole('link')
          .first()
          .click();
        await page.locator('.lesson-body').waitFor();
        await check('/training/lessons/:lessonId');

        await page.goto(app.url(`/training/exams/${DEMO_EXAM_IDS.salesFlow}`));
        await page.getByRole('region', { name: text('examPage.details') }).waitFor();
        await check('/training/exams/:examId');

        await page.getByRole('button', { name: text('examPage.start') }).click();
        await page.getByRole('timer').waitFor();
        await check('/training/attempts/:attemptId (running)');

        await page.getByRole('button', { name: text('runner.submit') }).click();
        const confirm = page.getByRole('button', { name: text('runner.submitConfirm') });
        if (await confirm.isVisible()) await confirm.click();
        await page.getByRole('region', { name: text('result.title') }).waitFor();
        await check('/training/attempts/:attemptId (result)');

        await page.goto(app.url('/training/qualification'));
        await expectSingleHeading(page, text('qualification.title'));
        await page.getByRole('region', { name: text('qualification.held') }).waitFor();
        await check('/training/qualification');

        await page.goto(app.url('/training/career'));
        await expectSingleHeading(page, text('career.title'));
        await page.getByText(text('loading')).waitFor({ state: 'detached' });
        await check('/training/career');

        await expectAllClean(page, violations);
      },
    );
  },
);
