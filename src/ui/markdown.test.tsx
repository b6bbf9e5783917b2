import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/languages';
import { Markdown } from './markdown';
import { markdownToSafeHtml } from './markdown-html';

async function renderMarkdown(source: string, language: Language = 'en') {
  const i18n = await initI18n({ language });
  return render(
    <I18nextProvider i18n={i18n}>
      <Markdown source={source} />
    </I18nextProvider>,
  );
}

afterEach(() => {
  delete (window as { pwned?: unknown }).pwned;
});

describe('markdownToSafeHtml', () => {
  it.each([
    ['a script tag', 'Hello <script>window.pwned = 1</script> world', /<script/i],
    ['an onerror handler', '<img src="x" onerror="window.pwned = 1">', /onerror/i],
    ['an onclick handler', '<a href="/ok" onclick="window.pwned = 1">link</a>', /onclick/i],
    ['a javascript: link in Markdown', '[click](javascript:window.pwned=1)', /javascript:/i],
    ['a javascript: link in HTML', '<a href="JaVaScRiPt:window.pwned=1">x</a>', /javascript:/i],
    [
      'an entity-encoded javascript: link',
      '<a href="&#106;avascript:alert(1)">x</a>',
      /avascript:/i,
    ],
    ['an iframe', '<iframe src="https://example.com"></iframe>', /<iframe/i],
    ['an inline style', '<p style="background:url(javascript:alert(1))">x</p>', /style=/i],
    ['an svg with script', '<svg><script>window.pwned=1</script></svg>', /<svg|<script/i],
    ['a form', '<form action="https://evil.example"><input name="p"></form>', /<form|<input/i],
  ])('strips %s', (_, source, forbidden) => {
    expect(markdownToSafeHtml(source)).not.toMatch(forbidden);
  });

  it('keeps the ordinary Markdown of a lesson', () => {
    const html = markdownToSafeHtml(
      '## Greeting\n\n> "Hello"\n\n- **one**\n- two\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n![Steps](/training/x.svg)\n\n[Rules](https://example.com/rules)',
    );
    expect(html).toContain('<h2>Greeting</h2>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<strong>one</strong>');
    expect(html).toContain('<table>');
    expect(html).toMatch(/<img[^>]+src="\/training\/x.svg"/);
    expect(html).toMatch(/<img[^>]+alt="Steps"/);
    expect(html).toMatch(/<a[^>]+rel="noopener noreferrer"/);
    expect(html).toMatch(/<a[^>]+target="_blank"/);
  });

  it.each([
    ['an unclosed emphasis and code fence', '**bold and `code\n\n```\nnever closed'],
    ['an unbalanced table', '| a | b |\n| --- |\n| 1 | 2 | 3 |'],
    ['stray HTML', '<div><p>unclosed <b>bold'],
    ['an image without a URL', '![lost]() and text after'],
  ])('still gives the text of %s', (_, source) => {
    // The words, as text or as an image's alternative text.
    const shown = markdownToSafeHtml(source);
    for (const word of source.match(/[a-z]{4,}/g) ?? []) expect(shown).toContain(word);
  });
});

describe('Markdown', () => {
  it('renders a lesson with an injected script without running it', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const { container } = await renderMarkdown(
      '# Lesson\n\n<script>window.pwned = 1</script>\n\n<img src="missing.png" onerror="window.pwned = 2">\n\n[x](javascript:alert(1))',
    );
    expect(screen.getByRole('heading', { name: 'Lesson' })).toBeInTheDocument();
    expect(container.innerHTML).not.toMatch(/<script|onerror|javascript:/i);
    expect(screen.getByText('x')).not.toHaveAttribute('href');
    expect((window as { pwned?: unknown }).pwned).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
  });

  it.each([
    ['en', 'Image not available: Four steps'],
    ['zh-CN', '图片无法显示: Four steps'],
    ['zh-TW', '圖片無法顯示: Four steps'],
  ] as const)(
    'shows a translated placeholder for a missing image (%s)',
    async (language, label) => {
      await renderMarkdown('Before\n\n![Four steps](/training/missing.svg)\n\nAfter', language);
      const image = screen.getByRole('img', { name: 'Four steps' });
      fireEvent.error(image);
      expect(screen.getByRole('img', { name: label })).toHaveTextContent(label);
      expect(screen.queryByRole('img', { name: 'Four steps' })).toBeNull();
      expect(screen.getByText('After')).toBeInTheDocument();
    },
  );

  it('leaves an image that loads alone', async () => {
    await renderMarkdown('![Four steps](/training/outbound-call-steps.svg)');
    fireEvent.load(screen.getByRole('img', { name: 'Four steps' }));
    expect(screen.getByRole('img', { name: 'Four steps' })).toBeInTheDocument();
  });
});
