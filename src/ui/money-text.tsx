import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/i18n/format';
import type { Fen } from '@/domain/money';

/** An amount in the active language; negative amounts are marked for colour and assistive tech. */
export function MoneyText({ amount }: { amount: Fen }) {
  const { i18n } = useTranslation();
  return (
    <span className={amount < 0 ? 'money money-negative' : 'money'}>
      {formatMoney(amount, i18n.language)}
    </span>
  );
}
