import { isStorageError } from '../lib/storage';

/** The words to show a practitioner for any failure: storage errors carry their own. */
export function practitionerMessage(error: unknown): string {
  if (isStorageError(error)) return error.practitionerMessage;
  return 'Something went wrong in the extension. Your answers on screen are kept; try again, and if it keeps happening tell IT support.';
}

let listedMarked = false;
/** Read by `npm run bench`: the home screen's list of contacts is on screen. */
export function markContactsListed(): void {
  if (listedMarked) return;
  listedMarked = true;
  performance.mark('pmh:contacts-listed');
}

let interactiveMarked = false;
/** Read by `npm run bench`: the panel has its data and its first control can take input. */
export function markPanelInteractive(): void {
  if (interactiveMarked) return;
  interactiveMarked = true;
  performance.mark('pmh:interactive');
}
