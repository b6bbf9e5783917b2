import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '@/i18n/i18n';
import { moveStep, OrderingQuestion } from './ordering-question';

const STEPS = [
  { id: 'open', text: 'Opening' },
  { id: 'needs', text: 'Discover needs' },
  { id: 'offer', text: 'Introduce the product' },
];

function Harness({ saved }: { saved: string[][] }) {
  const [order, setOrder] = useState<string[] | null>(null);
  return (
    <OrderingQuestion
      questionId="q1"
      steps={STEPS}
      order={order ?? STEPS.map((step) => step.id)}
      isAnswered={order !== null}
      disabled={false}
      onChange={(next) => {
        saved.push(next);
        setOrder(next);
      }}
    />
  );
}

async function renderOrdering() {
  const i18n = await initI18n({ language: 'en' });
  await i18n.loadNamespaces('training');
  const saved: string[][] = [];
  render(
    <I18nextProvider i18n={i18n}>
      <Harness saved={saved} />
    </I18nextProvider>,
  );
  return { saved };
}

function stepTexts(): string[] {
  return within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.ordering-text')?.textContent ?? '');
}

describe('moveStep', () => {
  it.each([
    { from: 0, to: 1, expected: ['b', 'a', 'c'] },
    { from: 2, to: 0, expected: ['c', 'a', 'b'] },
    { from: 1, to: 1, expected: ['a', 'b', 'c'] },
    { from: 0, to: -1, expected: ['a', 'b', 'c'] },
    { from: 2, to: 3, expected: ['a', 'b', 'c'] },
  ])('moves $from to $to', ({ from, to, expected }) => {
    expect(moveStep(['a', 'b', 'c'], from, to)).toEqual(expected);
  });
});

describe('ordering question', () => {
  it('moves steps with the up and down buttons and saves each order as given', async () => {
    const { saved } = await renderOrdering();
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Move up: Opening' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move down: Introduce the product' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Move up: Introduce the product' }));
    expect(stepTexts()).toEqual(['Opening', 'Introduce the product', 'Discover needs']);
    expect(screen.getByRole('status')).toHaveTextContent('Introduce the product: now step 2 of 3');
    await user.click(screen.getByRole('button', { name: 'Move down: Opening' }));
    expect(saved).toEqual([
      ['open', 'offer', 'needs'],
      ['offer', 'open', 'needs'],
    ]);
  });

  it('works from the keyboard alone', async () => {
    const { saved } = await renderOrdering();
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Move down: Opening' }).focus();
    await user.keyboard('{Enter}');
    expect(stepTexts()).toEqual(['Discover needs', 'Opening', 'Introduce the product']);
    await user.keyboard(' ');
    expect(saved.at(-1)).toEqual(['needs', 'offer', 'open']);
  });

  it('lets the agent keep the order shown as their answer', async () => {
    const { saved } = await renderOrdering();
    await userEvent.click(screen.getByRole('button', { name: 'This order is my answer' }));
    expect(saved).toEqual([['open', 'needs', 'offer']]);
    expect(screen.queryByRole('button', { name: 'This order is my answer' })).toBeNull();
  });
});
