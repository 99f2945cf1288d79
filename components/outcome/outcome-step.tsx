import { useEffect, useRef, useState } from 'preact/hooks';
import { servicesForOutcomeOnScreen } from '../../lib/config/services-for-outcome';
import { finishNeedsReason, undecidedUniversalInformation, universalInformationOnly } from '../../lib/pathway/minimal-finish';
import type { Contact, NotAskedReason, OutcomeDecision, ShareWith } from '../../lib/contact/contact';
import type { ContactChange } from '../../lib/contact/contact-change';
import type { Evaluation, OutstandingItem, RecommendedOutcome } from '../../lib/pathway/evaluation';
import { groupOutcomes, type OutcomeGroup } from '../../lib/pathway/recommend';
import { OutcomeServiceList } from '../contact/service-list';
import { notAskedReasonLabels, subjectLabels } from '../contact/wording';
import { usePanelServices } from '../panel-services';
import { SafetyPlanForm } from './safety-plan-form';

const decisionLabels: Record<OutcomeDecision['status'], string> = {
  done: 'Done',
  offered: 'Offered',
  'declined-by-family': 'Declined by the family',
  'not-appropriate': 'Not appropriate',
};

const shareLabels: Record<keyof ShareWith, string> = {
  gp: 'GP',
  midwife: 'Midwife',
  healthVisitor: 'Health visitor',
  specialistTeam: 'Specialist perinatal mental health team',
  socialCare: "Children's social care",
};

export type OutcomeStepProps = {
  contact: Contact;
  evaluation: Evaluation;
  save(change: ContactChange): void;
  onFinish(): void;
};

export function OutcomeStep({ contact, evaluation, save, onFinish }: OutcomeStepProps) {
  const { now } = usePanelServices();
  const at = () => new Date(now()).toISOString();
  // Only universal information is marked in one tap; other routine outcomes (e.g. signposting for
  // a partner not seen) need their own decision.
  const undecidedRoutine = undecidedUniversalInformation(evaluation);
  // The engine says when the minimal path is safe: nothing left to ask, no flag, universal
  // information the only recommendation. One tap then records it as given and goes to the summary.
  const onlyUniversal = universalInformationOnly(evaluation);
  const finishButton = useRef<HTMLButtonElement>(null);
  // Unknown self-harm risk is never left as "none" (issue 10 item 3): while a due risk enquiry has
  // nothing recorded, finishing asks for the reason first. The engine says which (finishNeedsReason);
  // the reason is stored as that question's own response, so the summary and handover carry it.
  const needsReason = finishNeedsReason(evaluation);
  const [askingReason, setAskingReason] = useState(false);

  function finish() {
    if (needsReason.length > 0) {
      setAskingReason(true);
      return;
    }
    onFinish();
  }

  function recordReasonAndFinish(reason: FinishReason) {
    for (const item of needsReason) {
      const key = item.keys[0];
      if (!key || !item.subject) continue;
      const questionId = key.slice(key.indexOf('/') + 1);
      save({
        type: 'answer',
        answer: {
          questionId,
          subject: item.subject,
          response: reason === 'declined' ? { kind: 'declined' } : { kind: 'not-asked', reason },
          answeredAt: at(),
        },
      });
    }
    setAskingReason(false);
    onFinish();
  }

  function decide(outcome: RecommendedOutcome, status: OutcomeDecision['status']) {
    save({ type: 'outcome-decision', decision: { code: outcome.code, subject: outcome.subject, status, decidedAt: at() } });
  }

  return (
    <section class="outcome-step" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading" tabIndex={-1}>
        Outcome
      </h2>
      <h3>Recommended</h3>
      {evaluation.outcomes.length === 0 ? (
        <p>No outcome is recommended yet. Ask what is due first, or record your own below.</p>
      ) : (
        <>
          {onlyUniversal && (
            <button
              type="button"
              class="primary big"
              onClick={() => {
                undecidedRoutine.forEach((o) => decide(o, 'done'));
                onFinish();
              }}
            >
              Universal information given: write the summary
            </button>
          )}
          {undecidedRoutine.length > 0 && !onlyUniversal && (
            <button
              type="button"
              onClick={() => {
                undecidedRoutine.forEach((o) => decide(o, 'done'));
                // The button goes once used; keep keyboard users moving towards the end.
                finishButton.current?.focus();
              }}
            >
              Mark universal information as given ({undecidedRoutine.length})
            </button>
          )}
          <ul class="outcomes">
            {groupOutcomes(evaluation.outcomes).map((group) =>
              group.outcomes.length === 1 ? (
                <OutcomeCard key={group.id} outcome={group.outcomes[0]!} privateNow={evaluation.presence.privateNow} onDecide={(status) => decide(group.outcomes[0]!, status)} />
              ) : (
                <GroupedOutcomeCard key={group.id} group={group} privateNow={evaluation.presence.privateNow} onDecide={decide} />
              ),
            )}
          </ul>
        </>
      )}

      <fieldset>
        <legend>Consent to share this contact's findings with</legend>
        {(Object.keys(shareLabels) as Array<keyof ShareWith>).map((key) => (
          <label key={key} class="check-row">
            <input
              type="checkbox"
              checked={contact.shareWith[key]}
              onChange={(e) => save({ type: 'share-with', shareWith: { ...contact.shareWith, [key]: e.currentTarget.checked }, at: at() })}
            />
            <span>{shareLabels[key]}</span>
          </label>
        ))}
      </fieldset>

      <SafetyPlanForm contact={contact} evaluation={evaluation} save={save} at={at} />

      <label for="family-words">What the family would like other professionals to know (their own words)</label>
      <textarea
        id="family-words"
        rows={3}
        maxLength={2000}
        value={contact.familyWords}
        onInput={(e) => save({ type: 'text', field: 'familyWords', value: e.currentTarget.value, at: at() })}
      />
      <label for="plan">Plan</label>
      <textarea
        id="plan"
        rows={3}
        maxLength={2000}
        value={contact.plan}
        onInput={(e) => save({ type: 'text', field: 'plan', value: e.currentTarget.value, at: at() })}
      />
      <label for="next-contact">Next contact</label>
      <input
        id="next-contact"
        maxLength={200}
        value={contact.nextContact}
        onInput={(e) => save({ type: 'text', field: 'nextContact', value: e.currentTarget.value, at: at() })}
      />
      {askingReason && needsReason.length > 0 ? (
        <RiskNotKnownReason items={needsReason} onRecord={recordReasonAndFinish} onBack={() => setAskingReason(false)} />
      ) : (
        <div class="button-row">
          <button ref={finishButton} type="button" class="primary" onClick={finish}>
            Finish and write the summary
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * Several outcomes the rules give the same decision for (lib/pathway/recommend.ts groupOutcomes: same
 * person, level, strength and reasons; routine only): one card, one decision for all of them, and
 * "Decide each separately" to expand into their own cards. When their decisions differ it opens
 * expanded and the shared choice shows none selected.
 */
function GroupedOutcomeCard({
  group,
  privateNow,
  onDecide,
}: {
  group: OutcomeGroup;
  privateNow: boolean;
  onDecide(outcome: RecommendedOutcome, status: OutcomeDecision['status']): void;
}) {
  const first = group.outcomes[0]!;
  const statuses = new Set(group.outcomes.map((o) => o.decision?.status ?? ''));
  const shared = statuses.size === 1 ? first.decision?.status : undefined;
  const [expanded, setExpanded] = useState(statuses.size > 1);
  const name = `decision-group-${group.id.replace(/[^a-z0-9]/gi, '-')}`;
  const who = subjectLabels[first.subject].toLowerCase();
  return (
    <li class={`outcome outcome-group level-${first.level}`}>
      <p class="outcome-title">
        <strong>{group.outcomes.length} outcomes, one decision</strong>{' '}
        <span class="quiet">
          for the {who} · {first.level} · {first.strength === 'recommend' ? 'recommended' : 'consider'}
        </span>
      </p>
      {!expanded && (
        <fieldset class="decision">
          <legend class="visually-hidden">
            What was done about {group.outcomes.map((o) => o.code).join(', ')} for the {who}
          </legend>
          {(Object.keys(decisionLabels) as Array<OutcomeDecision['status']>).map((status) => (
            <label key={status} class="choice compact">
              <input type="radio" name={name} checked={shared === status} onChange={() => group.outcomes.forEach((o) => onDecide(o, status))} />
              <span>{decisionLabels[status]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" class="link-like" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
        {expanded ? 'Decide them together' : 'Decide each separately'}
      </button>
      {/* Each outcome keeps its own card (why, services and how to refer); its own choice shows when expanded. */}
      <ul class="outcomes grouped">
        {group.outcomes.map((o) => (
          <OutcomeCard key={o.id} outcome={o} privateNow={privateNow} onDecide={(status) => onDecide(o, status)} showDecision={expanded} />
        ))}
      </ul>
    </li>
  );
}

function OutcomeCard({
  outcome,
  privateNow,
  onDecide,
  showDecision = true,
}: {
  outcome: RecommendedOutcome;
  privateNow: boolean;
  onDecide(status: OutcomeDecision['status']): void;
  /** False inside a grouped card decided together (its decision is the group's). */
  showDecision?: boolean;
}) {
  const { config } = usePanelServices();
  const name = `decision-${outcome.id.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <li class={`outcome level-${outcome.level}`}>
      <p class="outcome-title">
        <strong>
          {outcome.code} {outcome.title}
        </strong>{' '}
        <span class="quiet">
          for the {subjectLabels[outcome.subject].toLowerCase()} · {outcome.level} · {outcome.strength === 'recommend' ? 'recommended' : 'consider'}
        </span>
      </p>
      <ul class="reasons-list">
        {outcome.reasons.map((reason) => (
          <li key={reason.ruleId}>
            {reason.text} <span class="quiet">({reason.sources.join(', ')})</span>
          </li>
        ))}
      </ul>
      <details>
        <summary>Services and how to refer</summary>
        <p class="quiet">{outcome.route}</p>
        <OutcomeServiceList services={servicesForOutcomeOnScreen(config.config, outcome.code, outcome.subject, { privateNow })} />
      </details>
      {showDecision && (
        <fieldset class="decision">
          <legend class="visually-hidden">
            What was done about {outcome.code} for the {subjectLabels[outcome.subject].toLowerCase()}
          </legend>
          {(Object.keys(decisionLabels) as Array<OutcomeDecision['status']>).map((status) => (
            <label key={status} class="choice compact">
              <input type="radio" name={name} checked={outcome.decision?.status === status} onChange={() => onDecide(status)} />
              <span>{decisionLabels[status]}</span>
            </label>
          ))}
        </fieldset>
      )}
    </li>
  );
}

type FinishReason = 'declined' | NotAskedReason;

/**
 * Asked when the practitioner finishes with a due self-harm risk enquiry not done. The words are
 * the engine's ("Self-harm risk not known…"); the choices are the neutral not-asked reasons, or
 * "declined". It never offers "none".
 */
function RiskNotKnownReason({
  items,
  onRecord,
  onBack,
}: {
  items: OutstandingItem[];
  onRecord(reason: FinishReason): void;
  onBack(): void;
}) {
  const [reason, setReason] = useState<FinishReason | ''>('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the question, not on a button that has gone.
  useEffect(() => heading.current?.focus(), []);
  const choices: Array<[FinishReason, string]> = [
    ['declined', 'They did not want to answer'],
    ...(Object.keys(notAskedReasonLabels) as NotAskedReason[]).map((r): [FinishReason, string] => [r, notAskedReasonLabels[r]]),
  ];
  return (
    <section class="risk-not-known-reason" aria-labelledby="risk-not-known-heading">
      <h3 id="risk-not-known-heading" ref={heading} tabIndex={-1}>
        The self-harm risk enquiry is not done
      </h3>
      <ul>
        {items.map((item) => (
          <li key={item.keys.join()}>{item.text}</li>
        ))}
      </ul>
      <p>The risk stays "not known" in the summary and is handed over to the next contact. Record why before finishing.</p>
      <fieldset>
        <legend>Why was it not done?</legend>
        {choices.map(([value, label]) => (
          <label key={value} class="check-row">
            <input type="radio" name="risk-not-known-reason" value={value} checked={reason === value} onChange={() => setReason(value)} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <div class="button-row">
        <button type="button" class="primary" disabled={reason === ''} onClick={() => reason !== '' && onRecord(reason)}>
          Record the reason and write the summary
        </button>
        <button type="button" onClick={onBack}>
          Go back and ask it
        </button>
      </div>
    </section>
  );
}
