import { answerKey } from './answer-key';
import type { Contact } from './contact';
import type { ContactChange } from './contact-change';

// Where a change is stored (its slot) and how it is replayed over a contact. Pure, and without a
// validator: the store imports these on the home screen's path, and the change schema
// (contact-change.ts, Zod) loads only when a change is saved or read back (issue 17).

function changeTime(change: ContactChange): string {
  switch (change.type) {
    case 'answer':
      return change.answer.answeredAt;
    case 'outcome-decision':
      return change.decision.decidedAt;
    default:
      return change.at;
  }
}

/**
 * The slot a change writes to. Two changes with the same key replace each other (last write wins);
 * changes with different keys are independent, so concurrent panels cannot lose each other's answers.
 */
export function changeKey(change: ContactChange): string {
  switch (change.type) {
    case 'answer':
      return `answer:${answerKey(change.answer.subject, change.answer.questionId)}`;
    case 'clear-answer':
      return `answer:${answerKey(change.subject, change.questionId)}`;
    case 'acknowledge-flag':
      return `flag:${change.flagId}`;
    case 'outcome-decision':
      return `outcome:${change.decision.subject}/${change.decision.code}`;
    case 'clear-outcome-decision':
      return `outcome:${change.subject}/${change.code}`;
    case 'text':
      return `text:${change.field}`;
    case 'translation':
      return `translation:${change.subject}/${change.instrumentId}`;
    case 'safety-plan':
      return 'safety-plan';
    case 'referral-follow-up':
      return `referral:${change.key}`;
    case 'load-story-so-far':
    case 'clear-story-so-far':
      // One slot: loading and clearing replace each other, so the latest decision wins.
      return 'story-so-far';
    default:
      return change.type;
  }
}

/** Pure: returns a new contact with the change applied. Never mutates its input. */
export function applyChange(contact: Contact, change: ContactChange): Contact {
  const at = changeTime(change);
  const updatedAt = at > contact.updatedAt ? at : contact.updatedAt;
  switch (change.type) {
    case 'presence':
      return { ...contact, presence: change.presence, updatedAt };
    case 'answer': {
      const key = answerKey(change.answer.subject, change.answer.questionId);
      return { ...contact, answers: { ...contact.answers, [key]: change.answer }, updatedAt };
    }
    case 'clear-answer': {
      const { [answerKey(change.subject, change.questionId)]: _cleared, ...answers } = contact.answers;
      return { ...contact, answers, updatedAt };
    }
    case 'acknowledge-flag':
      if (contact.acknowledgedFlags[change.flagId]) return contact;
      return { ...contact, acknowledgedFlags: { ...contact.acknowledgedFlags, [change.flagId]: change.at }, updatedAt };
    case 'outcome-decision': {
      const key = `${change.decision.subject}/${change.decision.code}`;
      return { ...contact, outcomeDecisions: { ...contact.outcomeDecisions, [key]: change.decision }, updatedAt };
    }
    case 'clear-outcome-decision': {
      const { [`${change.subject}/${change.code}`]: _cleared, ...outcomeDecisions } = contact.outcomeDecisions;
      return { ...contact, outcomeDecisions, updatedAt };
    }
    case 'share-with':
      return { ...contact, shareWith: change.shareWith, updatedAt };
    case 'text':
      return { ...contact, [change.field]: change.value, updatedAt };
    case 'summary-output':
      return { ...contact, summaryOutputAt: change.at, updatedAt };
    case 'load-story-so-far':
      return { ...contact, storySoFar: { facts: change.facts, loadedAt: change.at }, updatedAt };
    case 'clear-story-so-far': {
      const { storySoFar: _cleared, ...rest } = contact;
      return { ...rest, updatedAt };
    }
    case 'complete':
      return { ...contact, status: 'completed', completedAt: change.at, updatedAt };
    case 'situation':
      return { ...contact, situation: change.situation, updatedAt };
    case 'translation':
      return {
        ...contact,
        translationsUsed: { ...contact.translationsUsed, [`${change.subject}/${change.instrumentId}`]: change.translation },
        updatedAt,
      };
    case 'safety-plan':
      return { ...contact, safetyPlan: change.plan, updatedAt };
    case 'referral-follow-up':
      return { ...contact, referralFollowUps: { ...contact.referralFollowUps, [change.key]: change.followUp }, updatedAt };
  }
}

export function applyChanges(contact: Contact, changes: readonly ContactChange[]): Contact {
  return changes.reduce(applyChange, contact);
}
