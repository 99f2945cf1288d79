// The bench's floor (issue 17): the panel's home screen and a resumed contact's current question,
// written by hand: no framework, no engine, no schema, no crypto library. It does the I/O the panel
// cannot avoid (the unlock in storage.session, the contact headers from IndexedDB, and on resume
// that contact's stored rows) and shows markup captured from the real panel in the same run
// (floor-data.js), so both pages paint the same screen with the same stylesheet.
// Bench-only: scripts/bench/floor.ts copies it into a copy of the build; it is never shipped.
import { CONTACT_SCREEN_HTML, DATABASE_NAME, HOME_HTML } from './floor-data.js';

const app = document.getElementById('app');

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function home() {
  // Opened without a version: the panel's database exists (the bench set a passphrase first).
  const [, db] = await Promise.all([chrome.storage.session.get('pmh.unlock'), done(indexedDB.open(DATABASE_NAME))]);
  const headers = await done(db.transaction('contacts').objectStore('contacts').getAll());
  app.innerHTML = HOME_HTML;
  performance.mark('pmh:first-render');
  performance.mark('pmh:interactive');
  performance.mark('pmh:contacts-listed');
  app.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[aria-label^="Resume "]') : null;
    if (!button) return;
    const row = button.closest('li');
    const index = row ? [...row.parentElement.children].indexOf(row) : 0;
    void resume(db, headers[Math.max(0, Math.min(headers.length - 1, index))].id);
  });
}

async function resume(db, contactId) {
  const transaction = db.transaction(['contacts', 'contactBases', 'contactChanges']);
  await Promise.all([
    done(transaction.objectStore('contacts').get(contactId)),
    done(transaction.objectStore('contactBases').get(contactId)),
    done(transaction.objectStore('contactChanges').getAll(IDBKeyRange.bound([contactId, ''], [contactId, []]))),
  ]);
  app.innerHTML = CONTACT_SCREEN_HTML;
  const first = app.querySelector('section.question-card [role="group"] button');
  if (first instanceof HTMLElement) first.focus();
}

void home();
