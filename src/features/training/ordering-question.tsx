import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface OrderingStep {
  id: string;
  text: string;
}

/** `order` with the step at `from` moved to `to`. */
export function moveStep(order: string[], from: number, to: number): string[] {
  if (to < 0 || to >= order.length || from === to) return order;
  const next = [...order];
  const [step] = next.splice(from, 1);
  next.splice(to, 0, step!);
  return next;
}

/**
 * Put the steps of a flow in order with "move up" / "move down" buttons: plain buttons, so a
 * keyboard, a screen reader and a thumb all work the same way (no drag and drop). Focus stays
 * with the moved step and a polite status says where it went.
 */
export function OrderingQuestion({
  questionId,
  steps,
  order,
  isAnswered,
  disabled,
  onChange,
}: {
  questionId: string;
  /** The steps in the order the attempt presents them. */
  steps: OrderingStep[];
  /** The agent's order (step ids); the presented order until they answer. */
  order: string[];
  isAnswered: boolean;
  disabled: boolean;
  onChange: (order: string[]) => void;
}) {
  const { t } = useTranslation('training');
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const textOf = new Map(steps.map((step) => [step.id, step.text]));

  function move(from: number, to: number, direction: 'up' | 'down') {
    const next = moveStep(order, from, to);
    if (next === order) return;
    onChange(next);
    const text = textOf.get(order[from]!) ?? '';
    setAnnouncement(t('ordering.moved', { step: text, position: to + 1, count: order.length }));
    // Keep focus on the same step's button in its new place (or the other one at an edge).
    requestAnimationFrame(() => {
      const item = listRef.current?.children[to];
      const edge = direction === 'up' ? to === 0 : to === order.length - 1;
      const button = item?.querySelector<HTMLButtonElement>(
        `button[data-move='${edge ? (direction === 'up' ? 'down' : 'up') : direction}']`,
      );
      button?.focus();
    });
  }

  return (
    <div className="ordering">
      <ol className="ordering-steps" ref={listRef} aria-describedby={`${questionId}-ordering-help`}>
        {order.map((stepId, index) => {
          const text = textOf.get(stepId) ?? stepId;
          return (
            <li key={stepId} className="ordering-step">
              <span className="ordering-text">{text}</span>
              <span className="ordering-buttons">
                <button
                  type="button"
                  className="button button-secondary"
                  data-move="up"
                  disabled={disabled || index === 0}
                  aria-label={t('ordering.up', { step: text })}
                  onClick={() => move(index, index - 1, 'up')}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  data-move="down"
                  disabled={disabled || index === order.length - 1}
                  aria-label={t('ordering.down', { step: text })}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="muted" id={`${questionId}-ordering-help`}>
        {t('ordering.help')}
      </p>
      {!isAnswered && !disabled && (
        <button type="button" className="button button-secondary" onClick={() => onChange(order)}>
          {t('ordering.keep')}
        </button>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
