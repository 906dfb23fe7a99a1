import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaffRole, pinFormatProblem, pinMinimum, type Role } from '../../engine/pin-policy';
import {
  changeShortPin,
  checkPin,
  lockStatus,
  resetWithRecoveryCode,
  setFirstPin,
  type TryResult,
} from '../../app/pins/role-pins';
import { staffAreas } from '../../app/pins/setup-code';
import { useLoaded } from '../hooks/use-loaded';
import { LockoutCountdown } from './lockout-countdown';
import { RecoveryCodeSheet } from './recovery-code-sheet';

/** `lengthen`: the right PIN was typed but is shorter than staff PINs now must be. */
type Mode = { mode: 'enter' } | { mode: 'recover' } | { mode: 'lengthen'; currentPin: string };

/**
 * Everything between a locked role and an unlocked one: setting the PIN at first use (a staff PIN
 * only with the installation's setup code; then the one-time recovery code), entering it (tries
 * left, live lockout countdown, a too-short staff PIN replaced before the role opens), and
 * resetting a forgotten PIN with the recovery code (which shows the new code).
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
  const [mode, setMode] = useState<Mode>({ mode: 'enter' });
  const [newCode, setNewCode] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  if (newCode)
    return <RecoveryCodeSheet roleName={roleName} code={newCode} onStored={onUnlocked} />;
  if (status.state !== 'ready') return null;
  const state = status.value;

  const minimum = pinMinimum(role);
  const staff = isStaffRole(role);
  /** What a refused try shows: tries left, or the lockout (which reloads into its countdown). */
  const refused = (result: Exclude<TryResult, { ok: true }>) => {
    if (result.reason === 'wrong')
      return setMessage(t('security.wrong', { count: result.triesLeft }));
    setMessage(null);
    setMode({ mode: 'enter' });
    reload();
  };

  if (state.state === 'not-set') {
    if (staff && staffAreas() !== 'open') {
      return (
        <p role="alert" className="cap-note">
          {t('security.setupCode.missing')}
        </p>
      );
    }
    return (
      <NewPinForm
        heading={t('security.setupTitle', { role: roleName })}
        intro={staff ? t('security.setupCode.intro') : t('security.setupIntro')}
        submitLabel={t('security.setPin')}
        minimum={minimum}
        secondField={staff ? 'setup-code' : null}
        error={message}
        onSubmit={async (pin, setupCode) => {
          const result = await setFirstPin(role, pin, { setupCode });
          if (result.ok) setNewCode(result.recoveryCode);
          else setMessage(t('security.setupCode.wrong'));
        }}
      />
    );
  }
  const recover = () => {
    setMessage(null);
    setMode({ mode: 'recover' });
  };
  if (mode.mode === 'recover') {
    return (
      <NewPinForm
        heading={t('security.recoverTitle', { role: roleName })}
        intro={t('security.recoverIntro')}
        submitLabel={t('security.reset')}
        minimum={minimum}
        secondField="recovery-code"
        error={message}
        onSubmit={async (pin, code) => {
          const result = await resetWithRecoveryCode(role, code, pin);
          if (result.ok) setNewCode(result.recoveryCode);
          else setMessage(t('security.wrongCode'));
        }}
        onCancel={() => {
          setMessage(null);
          setMode({ mode: 'enter' });
          reload();
        }}
      />
    );
  }
  if (mode.mode === 'lengthen') {
    return (
      <NewPinForm
        heading={t('security.lengthen.title', { role: roleName })}
        intro={t('security.lengthen.intro', { min: minimum })}
        submitLabel={t('security.lengthen.submit')}
        minimum={minimum}
        secondField={null}
        error={message}
        onSubmit={async (pin) => {
          const result = await changeShortPin(role, mode.currentPin, pin);
          if (result.ok) onUnlocked();
          else refused(result);
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
        if (!result.ok) return refused(result);
        if (!result.mustChange) return onUnlocked();
        setMessage(null);
        setMode({ mode: 'lengthen', currentPin: pin });
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

/** Which code must come first: the setup code (a first staff PIN) or the recovery code. */
type SecondField = 'setup-code' | 'recovery-code' | null;

const CODE_PLACEHOLDERS: Record<Exclude<SecondField, null>, string> = {
  'setup-code': 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
  'recovery-code': 'XXXX-XXXX-XXXX-XXXX',
};

/** A new PIN typed twice (after the setup or recovery code, when one is needed). */
function NewPinForm({
  heading,
  intro,
  submitLabel,
  minimum,
  secondField,
  error = null,
  onSubmit,
  onCancel,
}: {
  heading: string;
  intro: string;
  submitLabel: string;
  minimum: number;
  secondField: SecondField;
  error?: string | null;
  onSubmit: (pin: string, code: string) => Promise<void>;
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
    const format = pinFormatProblem(pin, minimum);
    if (format) return setProblem(t(`security.formats.${format}`, { min: minimum }));
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
      {secondField && (
        <label className="field">
          <span>
            {t(secondField === 'setup-code' ? 'security.setupCode.label' : 'security.recoveryCode')}
          </span>
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder={CODE_PLACEHOLDERS[secondField]}
            className="code-input"
            autoFocus
          />
        </label>
      )}
      <label className="field">
        <span>{t('security.newPin', { min: minimum })}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          maxLength={12}
          autoFocus={!secondField}
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
