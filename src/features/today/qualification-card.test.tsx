import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_AGENT_ID, DEMO_CERTIFICATION_EXAM_ID } from '@/data/demo/demo-ids';
import { renderApp } from '../../../test/render-app';

const PROJECT = 'Airline ticketing after-sales hotline';

describe('qualification card on Today', () => {
  it('says what is missing for the next shift’s project and links to what to study', async () => {
    await renderApp('/', { workspace: 'demo' });
    const card = await screen.findByRole(
      'region',
      { name: 'Qualification' },
      // The card loads after the first screen, with its strings.
      { timeout: 5_000 },
    );
    expect(card).toHaveTextContent(
      `Not yet cleared for your next shift's project, ${PROJECT}. Missing:`,
    );
    expect(within(card).getByRole('listitem')).toHaveTextContent(
      'Project certification: service rules',
    );
    expect(within(card).getByRole('link', { name: 'See what to study' })).toHaveAttribute(
      'href',
      '/training/qualification',
    );
  });

  it('clears the agent once she holds the certificate, and warns before it expires', async () => {
    await renderApp('/', {
      workspace: 'demo',
      prepare: async (db) => {
        // Next shift: Monday 23 November 2026; the certificate stops counting on 10 December.
        await db.certificates.put({
          id: 'certificate-test',
          agentId: DEMO_AGENT_ID,
          examId: DEMO_CERTIFICATION_EXAM_ID,
          issuedOn: '2025-12-10',
          expiresOn: '2026-12-10',
        });
      },
    });
    const card = await screen.findByRole(
      'region',
      { name: 'Qualification' },
      // The card loads after the first screen, with its strings.
      { timeout: 5_000 },
    );
    expect(card).toHaveTextContent(`Cleared to work your next shift's project: ${PROJECT}.`);
    expect(card).toHaveTextContent('Project certification: service rules expires in 17 days.');
  });
});
