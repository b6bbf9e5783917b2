import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEMO_AGENT_ID, DEMO_EXAM_IDS } from '@/data/demo/demo-ids';
import { buildSalesFlowExam } from '@/data/demo/sales-flow-exam';
import type { ExamQuestion } from '@/domain/training/training';
import { renderApp, TEST_NOW } from '../../../test/render-app';

const SALES_EXAM = buildSalesFlowExam();
const text = (question: ExamQuestion, id: string) =>
  question.options.find((option) => option.id === id)!.text.en;

function group(question: ExamQuestion): HTMLElement {
  return screen
    .getAllByRole('group')
    .find((candidate) => candidate.textContent?.includes(question.prompt.en))!;
}

function stepTexts(question: ExamQuestion): string[] {
  return within(within(group(question)).getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => question.options.find((option) => item.textContent?.startsWith(option.text.en))!)
    .map((option) => option.text.en);
}

/** Answers as an agent would, with the key: taps for choices, "move up" for ordering steps. */
async function answer(user: UserEvent, question: ExamQuestion, ids = question.answer!) {
  const field = within(group(question));
  if (question.kind !== 'ordering') {
    for (const id of ids) {
      const role = question.kind === 'multiple' ? 'checkbox' : 'radio';
      await user.click(field.getByRole(role, { name: text(question, id) }));
    }
    return;
  }
  for (let target = 0; target < ids.length; target += 1) {
    const step = text(question, ids[target]!);
    for (let at = stepTexts(question).indexOf(step); at > target; at -= 1) {
      await user.click(field.getByRole('button', { name: `Move up: ${step}` }));
    }
  }
}

async function startSalesExam() {
  const view = await renderApp(`/training/exams/${DEMO_EXAM_IDS.salesFlow}`, { workspace: 'demo' });
  await view.user.click(await screen.findByRole('button', { name: 'Start the exam' }));
  await screen.findByRole('timer');
  return view;
}

describe('exam screens', () => {
  it('describes the exam before it starts: limits, review and who grades it', async () => {
    await renderApp(`/training/exams/${DEMO_EXAM_IDS.salesFlow}`, { workspace: 'demo' });
    const details = await screen.findByRole('region', { name: 'About this exam' });
    expect(details).toHaveTextContent('Practice exam');
    expect(details).toHaveTextContent(/Pass mark\s*80%/);
    expect(details).toHaveTextContent(/Time limit\s*15 min/);
    expect(details).toHaveTextContent('Graded on this device as soon as you submit.');
    expect(details).toHaveTextContent('You see your score, the correct answers and explanations');
    expect(screen.getByRole('region', { name: 'Your attempts' })).toHaveTextContent(
      'No attempts yet.',
    );
  });

  it('runs the practice exam with a timer, saves each answer, and passes with a review', async () => {
    const { user, router } = await startSalesExam();
    expect(screen.getByRole('timer')).toHaveTextContent('Time left 15:00');
    for (const question of SALES_EXAM.questions) await answer(user, question);
    await user.click(screen.getByRole('button', { name: 'Submit the exam' }));
    const result = await screen.findByRole('region', { name: 'Result' });
    expect(await within(result).findByText('Passed')).toBeVisible();
    expect(result).toHaveTextContent(/Score\s*100%/);
    expect(result).toHaveTextContent('Graded on this device');
    const review = screen.getByRole('region', { name: 'Review' });
    expect(within(review).getAllByText('Right')).toHaveLength(SALES_EXAM.questions.length);
    expect(review).toHaveTextContent('Correct answer');
    expect(router.state.location.pathname).toMatch(/^\/training\/attempts\//);
    // Fourteen taps and moves through the whole app: more than the default five seconds.
  }, 20_000);

  it('asks before submitting with questions left unanswered', async () => {
    const { user } = await startSalesExam();
    await user.click(screen.getByRole('button', { name: 'Submit the exam' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/questions? (is|are) not answered/);
    await user.click(screen.getByRole('button', { name: 'Keep answering' }));
    expect(screen.getByRole('button', { name: 'Submit the exam' })).toBeVisible();
  });

  it('resumes a draft with its answers and the time honestly left', async () => {
    const [first] = SALES_EXAM.questions;
    const choice = SALES_EXAM.questions.find((question) => question.kind === 'single')!;
    await renderApp('/training/attempts/draft-1', {
      workspace: 'demo',
      prepare: async (db) => {
        await db.examAttempts.put({
          id: 'draft-1',
          agentId: DEMO_AGENT_ID,
          examId: SALES_EXAM.id,
          examVersion: SALES_EXAM.version,
          // Started 13 minutes before "now": two minutes are left of fifteen.
          startedAt: new Date(TEST_NOW.getTime() - 13 * 60_000).toISOString(),
          deadlineAt: new Date(TEST_NOW.getTime() + 2 * 60_000).toISOString(),
          submittedAt: null,
          answers: { [first!.id]: first!.options.map((o) => o.id), [choice.id]: choice.answer! },
          isAutoSubmitted: false,
          syncState: 'draft',
        });
      },
    });
    expect(await screen.findByRole('timer')).toHaveTextContent('Time left 2:00');
    expect(
      within(group(choice)).getByRole('radio', { name: text(choice, choice.answer![0]!) }),
    ).toBeChecked();
  });

  it('submits a draft whose time ran out while the app was closed, with the answers saved', async () => {
    const choice = SALES_EXAM.questions.find((question) => question.kind === 'single')!;
    await renderApp('/training/attempts/late-draft', {
      workspace: 'demo',
      prepare: async (db) => {
        await db.examAttempts.put({
          id: 'late-draft',
          agentId: DEMO_AGENT_ID,
          examId: SALES_EXAM.id,
          examVersion: SALES_EXAM.version,
          startedAt: new Date(TEST_NOW.getTime() - 60 * 60_000).toISOString(),
          deadlineAt: new Date(TEST_NOW.getTime() - 45 * 60_000).toISOString(),
          submittedAt: null,
          answers: { [choice.id]: choice.answer! },
          isAutoSubmitted: false,
          syncState: 'draft',
        });
      },
    });
    expect(
      await screen.findByText('Time is up: the exam was submitted with the answers you gave.'),
    ).toBeVisible();
    const result = screen.getByRole('region', { name: 'Result' });
    expect(await within(result).findByText('Not passed')).toBeVisible();
    const review = screen.getByRole('region', { name: 'Review' });
    expect(within(review).getAllByText('Right')).toHaveLength(1);
  });

  it('shows only the score when the exam’s review policy says so', async () => {
    await renderApp('/training/attempts/done', {
      workspace: 'demo',
      prepare: async (db) => {
        await db.exams.put({ ...SALES_EXAM, review: 'score-only' });
        await db.examAttempts.put({
          id: 'done',
          agentId: DEMO_AGENT_ID,
          examId: SALES_EXAM.id,
          examVersion: SALES_EXAM.version,
          startedAt: TEST_NOW.toISOString(),
          deadlineAt: new Date(TEST_NOW.getTime() + 15 * 60_000).toISOString(),
          submittedAt: TEST_NOW.toISOString(),
          answers: {},
          isAutoSubmitted: false,
          syncState: 'pending',
        });
      },
    });
    const review = await screen.findByRole('region', { name: 'Review' });
    expect(review).toHaveTextContent('This exam shows only your score.');
    expect(within(review).queryByText('Your answer')).toBeNull();
    expect(screen.getByRole('region', { name: 'Result' })).toHaveTextContent(/Score\s*0%/);
  });

  it('shows the exam in the interface language', async () => {
    await renderApp(`/training/exams/${DEMO_EXAM_IDS.salesFlow}`, {
      workspace: 'demo',
      language: 'zh-TW',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: SALES_EXAM.title['zh-TW'] }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: '開始考試' })).toBeVisible();
  });

  it('says an exam changed since the attempt began, and keeps the draft', async () => {
    await renderApp('/training/attempts/old-draft', {
      workspace: 'demo',
      prepare: async (db) => {
        await db.examAttempts.put({
          id: 'old-draft',
          agentId: DEMO_AGENT_ID,
          examId: SALES_EXAM.id,
          examVersion: SALES_EXAM.version - 1 || 99,
          startedAt: TEST_NOW.toISOString(),
          deadlineAt: new Date(TEST_NOW.getTime() + 60 * 60_000).toISOString(),
          submittedAt: null,
          answers: { q: ['a'] },
          isAutoSubmitted: false,
          syncState: 'draft',
        });
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /This exam was updated \(version \d+ → \d+\) after your attempt began/,
    );
    expect(screen.queryByRole('button', { name: 'Submit the exam' })).toBeNull();
  });

  it('names an exam with no correct answer and does not let it start', async () => {
    await renderApp(`/training/exams/${DEMO_EXAM_IDS.salesFlow}`, {
      workspace: 'demo',
      prepare: async (db) => {
        const exam = (await db.exams.get(DEMO_EXAM_IDS.salesFlow))!;
        await db.exams.put({
          ...exam,
          questions: exam.questions.map((question, index) =>
            index === 1 ? { ...question, answer: [] } : question,
          ),
        });
      },
    });
    const alert = await screen.findByRole('alert', { name: 'This exam has a problem' });
    expect(alert).toHaveTextContent('Question 2: no correct answer is set.');
    expect(screen.queryByRole('button', { name: 'Start the exam' })).toBeNull();
    expect(screen.getByText('This exam cannot be taken until its key is fixed.')).toBeVisible();
  });
});
