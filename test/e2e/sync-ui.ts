// UI steps the sync scenarios share: sign in to the server's demo organisation and raise an
// escalation, counting it only once the app said it is saved on the device.
import type { Page } from 'playwright-core';
import { expectSingleHeading } from './browser';

export const SAVED_MESSAGE =
  'Saved on this device. It will be sent as soon as there is a connection.';

/** What Me's Account section says when the session is gone (UI contract). */
export const SIGNED_OUT_MESSAGE =
  'Not signed in: records wait on this device until you sign in again';

/** English labels of the escalation categories (UI contract). */
export const ESCALATION_CATEGORIES = [
  'Safety emergency',
  'Customer at risk',
  'System outage',
  'Pay dispute',
  'Workplace or harassment',
  'Other',
] as const;

/** First start on the server's own origin: the welcome screen's one-tap demo sign-in. */
export async function signInToDemoOrganisation(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Sign in to the demo organisation' }).click();
  await expectSingleHeading(page, 'Today');
  // Her profile comes from the server's first pull.
  await page.getByText('Hello, 林晓雨').waitFor({ timeout: 20_000 });
}

/**
 * On Me, with the session lost: signs in again as the demo organisation's agent, with the
 * credentials the server publishes for its welcome-screen button, and waits for "Signed in".
 * (With a workspace open the welcome screen is not reachable, and leaving the workspace would
 * delete what waits in its outbox, so this is the way back in.)
 */
export async function signInAgainToDemoOrganisation(page: Page, origin: string): Promise<void> {
  const response = await fetch(new URL('/api/demo', origin));
  if (!response.ok) throw new Error(`GET /api/demo answered ${response.status}.`);
  const { employeeNumber, password } = (await response.json()) as {
    employeeNumber: string;
    password: string;
  };
  const account = page.getByRole('region', { name: 'Account' });
  await account.getByLabel('Employee number').fill(employeeNumber);
  await account.getByLabel('Password').fill(password);
  await account.getByRole('button', { name: 'Sign in again' }).click();
  await account.getByText('Signed in', { exact: true }).waitFor();
}

/**
 * Fills and sends the escalation form (opening it from the header link when needed) and resolves
 * once the form reports "saved" and has cleared itself, which it does only after the record and
 * its outbox row are committed. Throws when the app does not say so.
 */
export async function raiseEscalation(
  page: Page,
  category: (typeof ESCALATION_CATEGORIES)[number],
  description: string,
): Promise<void> {
  if (new URL(page.url()).pathname !== '/escalate') {
    await page.getByRole('link', { name: 'Escalate', exact: true }).click();
    await expectSingleHeading(page, 'Escalate');
  }
  await page.getByRole('radio', { name: category, exact: true }).check();
  const field = page.getByLabel('Description (optional)');
  await field.fill(description);
  await page.getByRole('button', { name: 'Send escalation' }).click();
  await page.waitForFunction(
    (saved) => {
      const textarea = document.querySelector<HTMLTextAreaElement>('#escalation-description');
      const statuses = [...document.querySelectorAll('form [role="status"]')];
      return (
        textarea?.value === '' && statuses.some((status) => status.textContent?.trim() === saved)
      );
    },
    SAVED_MESSAGE,
    { timeout: 10_000 },
  );
}

/** Mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
