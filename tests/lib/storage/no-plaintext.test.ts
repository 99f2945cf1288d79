import { describe, expect, it } from 'vitest';
import type { ContactChange } from '../../../lib/contact/contact-change';
import { createContactStore } from '../../../lib/storage/contact-store';
import { PASSPHRASE, T0, at, fakeBrowserProfile, sampleContact, unlockedVault } from './helpers';

// Issue 6, done-when: "raw IndexedDB contains no plaintext of any answer/note/own-words".
// Reads every object store straight through the IndexedDB API (not through our code), keys and
// values, and searches the JSON and the bytes of every binary field for each clinical string.

const secrets = {
  label: 'Zebra-crossing visit',
  renamedLabel: 'Quokka afternoon',
  familyWords: 'Grandmother Philomena helps with night feeds',
  plan: 'Revisit Wednesday with perinatal team leaflet',
  nextContact: 'Thursday fortnight at the clinic on Marigold Road',
  questionId: 'epds-item-ten-harm',
  optionId: 'yes-quite-often-xylophone',
  partnerQuestion: 'partner-whooley-narwhal',
  flagId: 'flag-suicidal-ideation-okapi',
  serviceId: 'svc-perinatal-mh-team-axolotl',
  note: 'Interpreter arriving at three pm, tapir',
  outcomeSubjectKey: 'birthing-parent/O7',
  safetyPlanWarningSigns: 'Stops eating and paces at night, pangolin',
  safetyPlanPeople: 'Her sister Ottoline on the farm',
};

function changes(): ContactChange[] {
  return [
    {
      type: 'answer',
      answer: {
        questionId: secrets.questionId,
        subject: 'birthing-parent',
        response: { kind: 'option', optionId: secrets.optionId },
        answeredAt: at(T0 + 1),
      },
    },
    {
      type: 'answer',
      answer: {
        questionId: secrets.partnerQuestion,
        subject: 'partner',
        response: { kind: 'not-asked', reason: 'interpreter-needed', note: secrets.note },
        answeredAt: at(T0 + 2),
      },
    },
    { type: 'acknowledge-flag', flagId: secrets.flagId, at: at(T0 + 3) },
    {
      type: 'outcome-decision',
      decision: { code: 'O7', subject: 'birthing-parent', status: 'done', serviceId: secrets.serviceId, decidedAt: at(T0 + 4) },
    },
    { type: 'text', field: 'familyWords', value: secrets.familyWords, at: at(T0 + 5) },
    { type: 'text', field: 'plan', value: secrets.plan, at: at(T0 + 6) },
    { type: 'text', field: 'nextContact', value: secrets.nextContact, at: at(T0 + 7) },
    { type: 'text', field: 'label', value: secrets.renamedLabel, at: at(T0 + 8) },
    {
      type: 'safety-plan',
      plan: { madeTogether: true, warningSigns: secrets.safetyPlanWarningSigns, coping: '', people: secrets.safetyPlanPeople, professionals: '', keepingSafe: '', updatedAt: at(T0 + 9) },
      at: at(T0 + 9),
    },
  ];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Everything in the database as text: JSON of keys and values, plus every byte array decoded as UTF-8 and Latin-1. */
async function dumpRaw(indexedDB: IDBFactory, name: string): Promise<string> {
  const db = await request(indexedDB.open(name));
  const parts: string[] = [];
  const bytesAsText = (_key: string, value: unknown) => {
    if (value instanceof Uint8Array) {
      parts.push(new TextDecoder().decode(value), String.fromCharCode(...value));
      return `bytes(${value.byteLength})`;
    }
    return value;
  };
  for (const storeName of [...db.objectStoreNames]) {
    const store = db.transaction(storeName, 'readonly').objectStore(storeName);
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    parts.push(storeName, JSON.stringify(keys, bytesAsText), JSON.stringify(values, bytesAsText));
  }
  db.close();
  return parts.join('\n');
}

describe('what is readable at rest', () => {
  it('[H17-e] finds no answer, note, label, flag, service or family words in plain text anywhere in IndexedDB', async () => {
    const profile = fakeBrowserProfile();
    const db = profile.open();
    const vault = await unlockedVault(db);
    const store = createContactStore({ db, vault });
    await store.create(sampleContact({ id: 'c1', label: secrets.label }));
    await store.saveChanges('c1', changes());
    await store.list(); // writes the listing cache
    // A damaged row, so the quarantine table has something in it too.
    await store.create(sampleContact({ id: 'c2', label: secrets.label }));
    await store.saveChanges('c2', changes());
    const [row] = await db.contactChanges.where('[contactId+slotId]').between(['c2', ''], ['c2', '\uffff']).toArray();
    await db.contactChanges.put({ ...row!, payload: { ...row!.payload, iv: new Uint8Array(12) } });
    await store.load('c2');
    expect(await db.quarantine.count()).toBe(1);
    db.close();

    const raw = await dumpRaw(profile.indexedDB, profile.name);
    // Positive controls: the dump did read the stores and does show what is meant to be plain.
    expect(raw).toContain('contactChanges');
    expect(raw).toContain('in-progress');
    for (const [what, secret] of Object.entries({ ...secrets, passphrase: PASSPHRASE })) {
      expect(raw.includes(secret), `${what} found in plain text`).toBe(false);
    }
    // Subjects and slot names would reveal which questions were asked of whom.
    expect(raw).not.toMatch(/answer:|flag:|outcome:|text:|birthing-parent|partner\//);
  });
});
