/**
 * Lesson Markdown to safe HTML (docs/training.md): `marked` turns Markdown into HTML and DOMPurify
 * keeps only inert markup. Scripts, event-handler attributes, inline styles, forms, frames and
 * `javascript:`/`data:` links never survive, so a lesson cannot run code whatever its author (or an
 * attacker on the way) wrote. Links open in a new tab without access to the app; images keep their
 * URL (served from the app's origin or the employer's) and load lazily.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked } from 'marked';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

let purifier: Purifier | undefined;

/** One DOMPurify instance of our own, so its hooks touch nothing else in the app. */
function purifierFor(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    }
  });
  return purifier;
}

/** Escapes text for HTML, for the fallback when Markdown cannot be parsed at all. */
function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Safe HTML for `source`. Broken Markdown still gives its text: `marked` renders what it can,
 * and if it throws, the text is shown as plain paragraphs.
 */
export function markdownToSafeHtml(source: string): string {
  let html: string;
  try {
    html = markdown.parse(source, { async: false }) as string;
  } catch {
    html = source
      .split(/\n{2,}/)
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('');
  }
  return purifierFor().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: [
      'style',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'iframe',
      'object',
      'embed',
      'svg',
      'math',
    ],
    FORBID_ATTR: ['style', 'srcset', 'formaction'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  });
}
