import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pinFormatProblem, type Role } from '../../engine/pin-policy';
import { checkPin, lockStatus, resetWithRecoveryCode, setFirstPin } from '../../app/pins/role-pins';
import { useLoaded } from '../hooks/use-loaded';
import { LockoutCountdown } from './lockout-countdown';
import { RecoveryCodeSheet } from './recovery-code-sheet';

type Mode = 'enter' | 'recover';

/**
 * Everything between a locked role and an unlocked one: setting the PIN at first use (then the
 * one-time recovery code), entering it (tries left, live lockout countdown), and resetting a
 * forgotten PIN with the recovery code (which shows the new code).
 */
export function PinPrompt({
  role,
  roleName,
  onUnlocked,
}: {
  role: Role;
  roleName: string;
  onUnlocked: () => void;
}) {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const status = useLoaded(() => lockStatus(role), `${role}:${generation}`);
  const [mode, setMode] = useState<Mode>('enter');
  const [newCode, setNewCode] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  if (newCode)
    return <RecoveryCodeSheet roleName={roleName} code={newCode} onStored={onUnlocked} />;
  if (status.state !== 'ready') return null;
  const state = status.value;

  if (state.state === 'not-set') {
    return (
      <NewPinForm
        heading={t('security.setupTitle', { role: roleName })}
        intro={t('security.setupIntro')}
        submitLabel={t('security.setPin')}
        onSubmit={async (pin) => setNewCode(await setFirstPin(role, pin))}
      />
    );
  }
  const recover = () => {
    setMessage(null);
    setMode('recover');
  };
  if (mode === 'recover') {
    return (
      <NewPinForm
        heading={t('security.recoverTitle', { role: roleName })}
        intro={t('security.recoverIntro')}
        submitLabel={t('security.reset')}
        withRecoveryCode
        error={message}
        onSubmit={async (pin, code) => {
          const result = await resetWithRecoveryCode(role, code, pin);
          if (result.ok) setNewCode(result.recoveryCode);
          else setMessage(t('security.wrongCode'));
        }}
        onCancel={() => {
          setMessage(null);
          setMode('enter');
          reload();
        }}
      />
    );
  }
  if (state.state === 'locked') {
    return (
      <div className="pin-prompt">
        <LockoutCountdown until={state.lockedUntil} onOver={reload} />
        <button type="button" className="link-button" onClick={recover}>
          {t('security.forgot')}
        </button>
      </div>
    );
  }
  return (
    <EnterPinForm
      roleName={roleName}
      error={message}
      onSubmit={async (pin) => {
        const result = await checkPin(role, pin);
        if (result.ok) onUnlocked();
        else if (result.reason === 'wrong')
          setMessage(t('security.wrong', { count: result.triesLeft }));
        else {
          setMessage(null);
          reload();
        }
      }}
      onForgot={recover}
    />
  );
}

function EnterPinForm({
  roleName,
  error,
  onSubmit,
  onForgot,
}: {
  roleName: string;
  error: string | null;
  onSubmit: (pin: string) => Promise<void>;
  onForgot: () => void;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await onSubmit(pin);
    setPin('');
    setBusy(false);
  };
  return (
    <form className="pin-prompt" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span>{t('security.pinOf', { role: roleName })}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          maxLength={12}
          autoFocus
        />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || pin.length === 0}>
          {busy ? t('security.checking') : t('security.unlock')}
        </button>
        <button type="button" className="link-button" onClick={onForgot}>
          {t('security.forgot')}
        </button>
      </div>
    </form>
  );
}

/** A new PIN typed twice (and, when recovering, the recovery code first). */
function NewPinForm({
  heading,
  intro,
  submitLabel,
  withRecoveryCode = false,
  error = null,
  onSubmit,
  onCancel,
}: {
  heading: string;
  intro: string;
  submitLabel: string;
  withRecoveryCode?: boolean;
  error?: string | null;
  onSubmit: (pin: string, recoveryCode: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const format = pinFormatProblem(pin);
    if (format) return setProblem(t(`security.formats.${format}`));
    if (pin !== again) return setProblem(t('security.mismatch'));
    setProblem(null);
    setBusy(true);
    await onSubmit(pin, code);
    setBusy(false);
  };
  const shown = problem ?? error;
  return (
    <form className="pin-prompt" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{heading}</h3>
      <p>{intro}</p>
      {withRecoveryCode && (
        <label className="field">
          <span>{t('security.recoveryCode')}</span>
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            placeholder="XXXX-XXXX-XXXX-XXXX"
            autoFocus
          />
        </label>
      )}
      <label className="field">
        <span>{t('security.newPin')}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          maxLength={12}
          autoFocus={!withRecoveryCode}
        />
      </label>
      <label className="field">
        <span>{t('security.confirmPin')}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          maxLength={12}
        />
      </label>
      {shown && (
        <p role="alert" className="form-error">
          {shown}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('security.checking') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('security.back')}
          </button>
        )}
      </div>
    </form>
  );
}
