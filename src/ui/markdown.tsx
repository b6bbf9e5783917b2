import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { markdownToSafeHtml } from './markdown-html';
import './markdown.css';

/**
 * Replaces an image that failed to load with a visible, translated placeholder naming what it
 * showed (its alt text), so a lesson read offline without its picture still makes sense.
 */
function showMissing(image: HTMLImageElement, label: string) {
  const placeholder = image.ownerDocument.createElement('span');
  placeholder.className = 'markdown-image-missing';
  placeholder.setAttribute('role', 'img');
  const alt = image.getAttribute('alt') ?? '';
  placeholder.setAttribute('aria-label', alt ? `${label}: ${alt}` : label);
  placeholder.textContent = alt ? `${label}: ${alt}` : label;
  image.replaceWith(placeholder);
}

/**
 * Markdown rendered safely (see `markdown-html.ts`): no script can run, links open apart from the
 * app, and a missing image shows a translated placeholder instead of a broken icon.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const { t } = useTranslation();
  const html = useMemo(() => markdownToSafeHtml(source), [source]);
  const container = useRef<HTMLDivElement>(null);
  const label = t('content.imageMissing');

  // A layout effect runs as the images enter the page, before any of their error events.
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const cleanups: (() => void)[] = [];
    for (const image of root.querySelectorAll('img')) {
      const onError = () => showMissing(image, label);
      image.addEventListener('error', onError, { once: true });
      cleanups.push(() => image.removeEventListener('error', onError));
    }
    return () => cleanups.forEach((cleanup) => cleanup());
  }, [html, label]);

  return (
    <div
      ref={container}
      className={className ? `markdown ${className}` : 'markdown'}
      // Sanitised by DOMPurify in markdownToSafeHtml.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
