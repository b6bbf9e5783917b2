import { describe, expect } from 'vitest';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  openTab,
  startDemoWorkspace,
  translation,
} from './browser';

describe('Me', () => {
  browserTest('shows storage persistence and usage in a Storage section', async () => {
    const app = await launchApp();
    const { page } = app;
    await startDemoWorkspace(app);
    await openTab(page, 'Me');
    await expectSingleHeading(page, 'Me');

    const heading = page.getByRole('heading', { name: 'Storage', exact: true });
    await heading.waitFor();
    // The section is the region named by the heading, or failing that the heading's parent.
    const section = page
      .getByRole('region', { name: 'Storage', exact: true })
      .or(page.locator('section, div').filter({ has: heading }).last());
    const text = await section.first().innerText();
    expect(text).toMatch(/persistent/i);
    const persistenceStates = ['granted', 'notGranted', 'unknown'].map((key) =>
      translation('en', 'me', `storage.${key}`),
    );
    expect(
      persistenceStates.some((state) => text.includes(state)),
      text,
    ).toBe(true);
    expect(text).toMatch(/used/i);
    expect(text).toMatch(/\d/);
    await expect(
      page.getByRole('button', { name: 'Reset demo workspace', exact: true }).count(),
    ).resolves.toBe(1);
  });

  browserTest('the Theme radios set data-theme on <html>', async () => {
    const app = await launchApp({ colorScheme: 'light' });
    const { page } = app;
    await startDemoWorkspace(app);
    await openTab(page, 'Me');

    // A fieldset with a legend (role group) and role="radiogroup" both make a named radio group.
    const theme = page
      .getByRole('radiogroup', { name: 'Theme', exact: true })
      .or(page.getByRole('group', { name: 'Theme', exact: true }));
    const dataTheme = () => page.evaluate(() => document.documentElement.dataset.theme);
    await expect(
      theme.getByRole('radio', { name: 'System', exact: true }).isChecked(),
    ).resolves.toBe(true);
    await expect.poll(dataTheme).toBe('light');

    await theme.getByRole('radio', { name: 'Dark', exact: true }).check();
    await expect.poll(dataTheme).toBe('dark');
    await page.reload();
    await expect.poll(dataTheme).toBe('dark');

    await theme.getByRole('radio', { name: 'Light', exact: true }).check();
    await expect.poll(dataTheme).toBe('light');
  });
});
