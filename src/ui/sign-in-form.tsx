import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { classifySignInError, type SignInProblem } from './sign-in-problem';

export interface SignInValues {
  serverUrl: string;
  employeeNumber: string;
  password: string;
}

/**
 * Server address, employee number and password. `askServer` false hides the address (signing in
 * again to the same server). The password never leaves this form except to the server.
 */
export function SignInForm({
  askServer,
  defaultServerUrl,
  submitLabel,
  onSubmit,
}: {
  askServer: boolean;
  defaultServerUrl: string;
  submitLabel: string;
  onSubmit: (values: SignInValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [serverUrl, setServerUrl] = useState(defaultServerUrl);
  const [employeeNumber, setEmployeeNumber] = useState('');
  const [password, setPassword] = useState('');
  const [state, setState] = useState<'idle' | 'busy' | SignInProblem | 'missing'>('idle');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!serverUrl.trim() || !employeeNumber.trim() || !password) {
      setState('missing');
      return;
    }
    setState('busy');
    try {
      await onSubmit({
        serverUrl: serverUrl.trim(),
        employeeNumber: employeeNumber.trim(),
        password,
      });
      setState('idle');
    } catch (error) {
      setState(classifySignInError(error));
    }
  }

  const messages: Record<typeof state, string> = {
    idle: '',
    busy: t('signIn.busy'),
    missing: t('signIn.problem.missing'),
    'wrong-credentials': t('signIn.problem.wrongCredentials'),
    unreachable: t('signIn.problem.unreachable'),
    'bad-address': t('signIn.problem.badAddress'),
    'other-agent': t('signIn.problem.otherAgent'),
    failed: t('signIn.problem.failed'),
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      {askServer && (
        <div className="field">
          <label htmlFor={`${id}-server`}>{t('signIn.server')}</label>
          <input
            id={`${id}-server`}
            type="url"
            inputMode="url"
            autoComplete="url"
            value={serverUrl}
            onChange={(event) => setServerUrl(event.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-employee`}>{t('signIn.employeeNumber')}</label>
        <input
          id={`${id}-employee`}
          type="text"
          autoComplete="username"
          value={employeeNumber}
          onChange={(event) => setEmployeeNumber(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-block" disabled={state === 'busy'}>
        {submitLabel}
      </button>
      <p role="status" aria-live="polite">
        {messages[state]}
      </p>
    </form>
  );
}
