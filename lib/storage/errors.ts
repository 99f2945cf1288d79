// Typed storage errors with a message a practitioner can act on mid-visit. The panel shows
// `practitionerMessage`; `message` carries the technical detail for logs (never clinical text).

export type StorageErrorCode =
  | 'quota-exceeded'
  | 'unavailable'
  | 'corrupt-record'
  | 'locked'
  | 'wrong-passphrase'
  | 'unlock-delayed'
  | 'weak-passphrase'
  | 'common-passphrase'
  | 'passphrase-not-set'
  | 'passphrase-already-set'
  | 'contact-not-found'
  | 'contact-exists'
  | 'invalid-data'
  | 'migration-failed'
  | 'newer-version'
  | 'store-not-loaded'
  | 'unknown';

export const storageErrorMessages: Readonly<Record<StorageErrorCode, string>> = {
  'quota-exceeded':
    'There is no room left to save on this computer, so your latest answers are not saved yet. They are still on screen and saving keeps being retried. Copy the summary into the record now, and forget contacts you have finished with to free space.',
  unavailable:
    'The browser is not letting the extension save (storage may be switched off, or the browser is in a restricted or private mode). Your answers are still on screen but are not saved: copy the summary into the record before you close this panel.',
  'corrupt-record':
    'Part of this contact could not be read. It has been set aside (not deleted) so IT support can look at it. Check the answers on screen and ask again anything that is missing.',
  locked: 'The panel is locked. Unlock it with your passphrase to carry on: nothing you entered has been lost.',
  'wrong-passphrase': 'That passphrase is not right. Check Caps Lock and try again.',
  'unlock-delayed':
    'Too many wrong passphrases in a row, so the panel waits before the next try. Nothing you entered has been lost.',
  'weak-passphrase':
    'Choose a longer passphrase (at least 8 characters; three random words are easy to remember and hard to guess).',
  'common-passphrase':
    'That passphrase is one of the first a guesser would try (a common password, a run of keys, numbers only, or words like "midwife" or "NHS" with digits). Three random words are easy to remember and hard to guess.',
  'passphrase-not-set': 'Set a passphrase before recording a contact.',
  'passphrase-already-set': 'A passphrase is already set for this browser profile.',
  'contact-not-found':
    'This contact is no longer stored in the extension: it was finished and forgotten, perhaps in another window.',
  'contact-exists': 'A contact with this identifier is already stored.',
  'invalid-data': 'The extension tried to save something it does not recognise. Please tell IT support.',
  'migration-failed':
    'The extension could not update its stored data after an update. Nothing has been deleted. Contact IT support; until then record this contact directly in the record.',
  'newer-version':
    'The stored data was written by a newer version of this extension. Nothing has been deleted. Ask IT support to update the extension.',
  'store-not-loaded':
    'Part of the extension could not be loaded (it may have been updated while this panel was open), so nothing new can be saved for now. Anything you have entered is still on screen and saving keeps being retried. If this message stays, copy the summary into the record, then close the panel and open it again.',
  unknown:
    'Saving failed for an unexpected reason. Your answers are still on screen and saving keeps being retried.',
};

/** Failures that can clear up on their own (space freed, panel unlocked, a transient browser error). */
const retryableCodes: ReadonlySet<StorageErrorCode> = new Set<StorageErrorCode>([
  'quota-exceeded',
  'unavailable',
  'locked',
  'store-not-loaded',
  'unknown',
]);

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;
  readonly practitionerMessage: string;
  readonly retryable: boolean;

  constructor(code: StorageErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${code}: ${detail}` : code, options);
    this.code = code;
    this.practitionerMessage = storageErrorMessages[code];
    this.retryable = retryableCodes.has(code);
  }
}

export function isStorageError(error: unknown, code?: StorageErrorCode): error is StorageError {
  return error instanceof StorageError && (code === undefined || error.code === code);
}

type NamedError = { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };

function errorNames(error: unknown): string[] {
  // Dexie wraps the browser's DOMException in `inner` (e.g. AbortError -> QuotaExceededError),
  // so the useful name may be a few levels down.
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const named = current as NamedError;
    if (typeof named.name === 'string') names.push(named.name);
    current = named.inner ?? named.cause;
  }
  return names;
}

function innerStorageError(error: unknown): StorageError | undefined {
  // A migration step throws a StorageError; Dexie hands it back wrapped in OpenFailedError.
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    if (current instanceof StorageError) return current;
    const named = current as NamedError;
    current = named.inner ?? named.cause;
  }
  return undefined;
}

/** Maps anything thrown by IndexedDB, Dexie or WebCrypto onto a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const wrapped = innerStorageError(error);
  if (wrapped) return wrapped;
  const names = errorNames(error);
  const detail = names.join(' < ') || String(error);
  const has = (name: string) => names.includes(name);
  if (has('QuotaExceededError')) return new StorageError('quota-exceeded', detail, { cause: error });
  if (has('VersionError')) return new StorageError('newer-version', detail, { cause: error });
  if (has('UpgradeError')) return new StorageError('migration-failed', detail, { cause: error });
  if (has('MissingAPIError') || has('InvalidStateError') || has('DatabaseClosedError') || has('OpenFailedError')) {
    return new StorageError('unavailable', detail, { cause: error });
  }
  return new StorageError('unknown', detail, { cause: error });
}
