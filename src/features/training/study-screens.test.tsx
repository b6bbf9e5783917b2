import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_MODULE_IDS } from '@/data/demo/demo-ids';
import { renderApp } from '../../../test/render-app';

describe('module and lesson screens', () => {
  it('reads a lesson, marks it read, and the module then continues where the agent left off', async () => {
    const { user } = await renderApp(`/training/modules/${DEMO_MODULE_IDS.serviceRules}`, {
      workspace: 'demo',
    });
    const lessons = await screen.findByRole('region', { name: 'Lessons' });
    expect(lessons).toHaveTextContent('0 of 3 lessons read');
    await user.click(screen.getByRole('link', { name: 'Start: About the project' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'About the project' }),
    ).toBeVisible();
    expect(screen.getByText(/^Lesson 1 of 3 · Service introduction and rules$/)).toBeVisible();
    expect(screen.getByRole('article')).not.toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Mark as read' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Marked as read. Saved on this device.',
    );
    expect(await screen.findByText(/^Read on /)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Mark as read' })).toBeNull();

    await user.click(
      screen.getByRole('link', { name: 'Next lesson: Service rules and escalation' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Service rules and escalation' }),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back to the module' }));
    const after = await screen.findByRole('region', { name: 'Lessons' });
    expect(after).toHaveTextContent('1 of 3 lessons read');
    expect(within(after).getByText('Read')).toBeVisible();
    expect(screen.getByRole('link', { name: /^Continue: / })).toBeVisible();
  }, 15_000);

  it('renders an injected script as inert text, never as a script', async () => {
    await renderApp('/training/lessons/evil', {
      workspace: 'demo',
      prepare: async (db) => {
        const lesson = (await db.lessons
          .where('moduleId')
          .equals(DEMO_MODULE_IDS.salesFlow)
          .first())!;
        const body =
          'Before.\n\n<script>window.__ran = true</script><img src=x onerror="window.__ran = true">\n\nAfter.';
        await db.lessons.put({ ...lesson, id: 'evil', body: { en: body } });
      },
    });
    const article = await screen.findByRole('article');
    expect(article).toHaveTextContent('Before.');
    expect(article).toHaveTextContent('After.');
    expect(article.innerHTML).not.toMatch(/<script|onerror/);
    expect(Reflect.get(window, '__ran')).toBeUndefined();
  });

  it('says so when a lesson is not on the device', async () => {
    await renderApp('/training/lessons/no-such-lesson', { workspace: 'demo' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This training page does not exist.' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'All training' })).toHaveAttribute('href', '/training');
  });
});

describe('qualification and career screens', () => {
  it('lists the certificates held and what to study for the missing certification', async () => {
    await renderApp('/training/qualification', { workspace: 'demo' });
    const status = await screen.findByRole('region', {
      name: 'To work on Airline ticketing after-sales hotline',
    });
    expect(status).toHaveTextContent('You are missing certificates this project requires.');
    const held = screen.getByRole('region', { name: 'Certificates held' });
    expect(held).toHaveTextContent('Does not expire');
    const study = screen.getByRole('region', { name: 'What to study' });
    expect(study).toHaveTextContent('Project certification: service rules');
    expect(within(study).getByText('Missing')).toBeVisible();
    expect(
      within(study).getByRole('link', {
        name: 'Study Service introduction and rules, then pass Project certification: service rules',
      }),
    ).toHaveAttribute('href', `/training/modules/${DEMO_MODULE_IDS.serviceRules}`);
  });

  it('shows the career ladder, the agent’s level and what the next one requires', async () => {
    await renderApp('/training/career', { workspace: 'demo' });
    const ladder = await screen.findByRole('region', { name: 'Levels' });
    const levels = within(ladder).getAllByRole('listitem');
    expect(levels).toHaveLength(4);
    expect(levels[2]).toHaveTextContent('Level 3: Senior agent Your level');
    expect(levels[2]).toHaveAttribute('aria-current', 'step');
    const next = screen.getByRole('region', { name: 'Next level: Expert agent' });
    expect(
      within(next).getByRole('progressbar', { name: 'Requirements met for Expert agent' }),
    ).toBeVisible();
    expect(next).toHaveTextContent(/\d of 7 requirements met/);
    expect(next).toHaveTextContent('Practice: outbound sales flow');
    expect(next).toHaveTextContent(/Schedule adherence: ≥ 99(\.0)?% \(yours: /);
  });
});
