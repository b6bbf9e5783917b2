import { render, screen } from '@testing-library/react';
import { lazy, type ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionalSection } from './optional-section';

afterEach(() => {
  vi.restoreAllMocks();
});

function Screen({ Part }: { Part: ComponentType }) {
  return (
    <main>
      <button type="button">Send escalation</button>
      <OptionalSection>
        <Part />
      </OptionalSection>
    </main>
  );
}

describe('OptionalSection', () => {
  it('shows the part once its code has loaded', async () => {
    const Part = lazy(async () => ({ default: () => <h2>What changed</h2> }));
    render(<Screen Part={Part} />);
    expect(await screen.findByRole('heading', { name: 'What changed' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send escalation' })).toBeInTheDocument();
  });

  it('leaves the part out, and keeps the rest of the screen, when its code cannot load', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = Promise.reject(
      new TypeError('Failed to fetch dynamically imported module: /assets/watch-section.js'),
    );
    render(<Screen Part={lazy(() => failed)} />);
    await vi.waitFor(() =>
      expect(logged).toHaveBeenCalledWith(
        'A section of the screen was left out',
        expect.any(TypeError),
        expect.anything(),
      ),
    );
    expect(screen.getByRole('button', { name: 'Send escalation' })).toBeInTheDocument();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});
