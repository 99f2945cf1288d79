import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { createIdleLock, type VaultState } from '../../lib/storage';
import { usePanelServices } from '../panel-services';
import { practitionerMessage } from '../practitioner-message';
import { LazyScreen, lazyLoader } from '../lazy-screen';

// The lock screens are loaded when needed (issue 17): most opens, and the bench, find the session
// already unlocked. Nothing clinical is shown while a lock screen loads: the gate holds back its
// children from the moment the vault says locked, and the screen's code is a small local file.
const loadUnlockScreen = lazyLoader(() => import('./unlock-screen'));
const loadSetPassphraseScreen = lazyLoader(() => import('./set-passphrase-screen'));

/**
 * Nothing clinical is shown until the vault is unlocked. While unlocked, the panel locks itself
 * after the organisation's idle time (default 15 minutes); other panels follow through the vault.
 */
export function LockGate({ children }: { children: ComponentChildren }) {
  const { vault, config, now, sharedActivity } = usePanelServices();
  // Start from what the store opening already found (no extra read, no extra frame); it is checked again below.
  const [state, setState] = useState<VaultState | null>(() => vault.lastKnownState());
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    vault.state().then(
      (s) => live && setState(s),
      (error: unknown) => live && setProblem(practitionerMessage(error)),
    );
    const unsubscribe = vault.subscribe((s) => live && setState(s));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [vault]);

  const idleMinutes = config.config.security.idleLockMinutes;
  useEffect(() => {
    if (state !== 'unlocked') return;
    const idleLock = createIdleLock({
      onIdle: () => vault.lock(),
      timeoutMs: idleMinutes * 60_000,
      clock: now,
      ...(sharedActivity ? { shared: sharedActivity } : {}),
    });
    const touch = () => idleLock.touch();
    const check = () => void idleLock.check();
    window.addEventListener('keydown', touch, true);
    window.addEventListener('pointerdown', touch, true);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      idleLock.stop();
      window.removeEventListener('keydown', touch, true);
      window.removeEventListener('pointerdown', touch, true);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [state, vault, idleMinutes, now, sharedActivity]);

  if (problem && state === null) {
    return (
      <p class="error" role="alert">
        {problem}
      </p>
    );
  }
  if (state === null) return <p class="quiet" role="status">Opening…</p>;
  if (state === 'needs-passphrase') {
    return <LazyScreen load={loadSetPassphraseScreen} what="passphrase screen" loading="Opening…" render={({ SetPassphraseScreen }) => <SetPassphraseScreen />} />;
  }
  if (state === 'locked') {
    return <LazyScreen load={loadUnlockScreen} what="unlock screen" loading="Opening…" render={({ UnlockScreen }) => <UnlockScreen />} />;
  }
  return <>{children}</>;
}
