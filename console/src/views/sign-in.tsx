/** Password sign-in, and the change a temporary password forces before anything else. */
import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { api, problemCode } from '../api';
import { t } from '../i18n';
import { loadSession, session } from '../session';

const SIGN_IN_ERRORS: Record<string, Parameters<typeof t>[0]> = {
  SIGN_IN_THROTTLED: 'signIn.throttled',
  ACCOUNT_LOCKED: 'signIn.locked',
};

export function SignIn() {
  const username = useSignal('');
  const password = useSignal('');
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);

  const submit = async (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    busy.value = true;
    error.value = null;
    const { data, error: problem } = await api.POST('/api/v1/auth/sign-in', {
      body: { username: username.value.trim().toLowerCase(), password: password.value },
    });
    busy.value = false;
    if (!data) {
      error.value = t(SIGN_IN_ERRORS[problemCode(problem)] ?? 'signIn.failed');
      return;
    }
    if (data.mustChangePassword) {
      session.value = { kind: 'mustChangePassword', currentPassword: password.value };
      return;
    }
    await loadSession();
  };

  return (
    <form class="card sign-in" onSubmit={(e) => void submit(e)} data-testid="sign-in">
      <h1>{t('signIn.title')}</h1>
      <label>
        {t('signIn.username')}
        <input
          name="username"
          autocomplete="username"
          required
          value={username}
          onInput={(e) => (username.value = e.currentTarget.value)}
        />
      </label>
      <label>
        {t('signIn.password')}
        <input
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(e) => (password.value = e.currentTarget.value)}
        />
      </label>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <button type="submit" disabled={busy.value}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}

export function ChangePassword({ currentPassword }: { currentPassword?: string }) {
  const current = useSignal(currentPassword ?? '');
  const next = useSignal('');
  const error = useSignal<string | null>(null);

  const submit = async (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (next.value.length < 12) {
      error.value = t('password.tooShort');
      return;
    }
    const { data, error: problem } = await api.POST('/api/v1/auth/password', {
      body: { currentPassword: current.value, newPassword: next.value },
    });
    if (!data) {
      error.value = `${t('error.generic')} (${problemCode(problem)})`;
      return;
    }
    await loadSession();
  };

  return (
    <form class="card sign-in" onSubmit={(e) => void submit(e)} data-testid="change-password">
      <h1>{t('password.title')}</h1>
      {currentPassword === undefined && (
        <label>
          {t('password.current')}
          <input
            name="currentPassword"
            type="password"
            autocomplete="current-password"
            required
            value={current}
            onInput={(e) => (current.value = e.currentTarget.value)}
          />
        </label>
      )}
      <label>
        {t('password.new')}
        <input
          name="newPassword"
          type="password"
          autocomplete="new-password"
          minLength={12}
          required
          value={next}
          onInput={(e) => (next.value = e.currentTarget.value)}
        />
      </label>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <button type="submit">{t('password.submit')}</button>
    </form>
  );
}
