import { SAFETY_PLAN_FIELD_MAX, SAFETY_PLAN_FIELDS, type Contact, type SafetyPlan, type SafetyPlanField } from '../../lib/contact/contact';
import type { ContactChange } from '../../lib/contact/contact-change';
import type { Evaluation } from '../../lib/pathway/evaluation';
import { safetyPlanDue } from '../../lib/pathway/safety-plan';
import { copyWordsFor } from '../../lib/summary/copy-words';
import { safetyPlanRecordHeadingsFor } from '../../lib/summary/safety-plan-copy';

// The safety plan made together with her (issue 10 item 8; SIGN, S8). Shown when the engine's flags
// make it due, or once one has been started. Every edit saves the whole plan as one change; the
// crisis numbers come from the organisation's crisis routes in her copy (summary screen).

// The "keeping safe" heading and hint are in the baby's situation's words (lib/summary/copy-words.ts;
// H119-f): after a death the form does not speak of the baby.
const hints: Record<Exclude<SafetyPlanField, 'keepingSafe'>, string> = {
  warningSigns: 'What tells her things are getting harder, in her words.',
  coping: 'What she can do herself when it starts.',
  people: 'Family or friends she can talk to.',
  professionals: 'Who she can contact in working hours (names, services).',
};

const empty = (at: string): SafetyPlan => ({ madeTogether: false, warningSigns: '', coping: '', people: '', professionals: '', keepingSafe: '', updatedAt: at });

export function SafetyPlanForm({ contact, evaluation, save, at }: { contact: Contact; evaluation: Evaluation; save(change: ContactChange): void; at(): string }) {
  const due = safetyPlanDue(evaluation);
  const plan = contact.safetyPlan;
  if (!due.due && !plan) return null;
  const current = plan ?? empty(at());
  const headings = safetyPlanRecordHeadingsFor(contact);
  const hintOf = (field: SafetyPlanField) => (field === 'keepingSafe' ? copyWordsFor(contact).formKeepingSafeHint : hints[field]);
  const update = (change: Partial<SafetyPlan>) => {
    const now = at();
    save({ type: 'safety-plan', plan: { ...current, ...change, updatedAt: now }, at: now });
  };
  return (
    <fieldset class="safety-plan">
      <legend>Safety plan, made together with her</legend>
      {due.due && <p class="hint">Due: a self-harm risk was raised at this contact.</p>}
      <p class="hint">She keeps a copy (on the summary screen): write nothing here that would be unsafe for someone else to read.</p>
      <label class="choice compact">
        <input type="checkbox" checked={current.madeTogether} onChange={(e) => update({ madeTogether: e.currentTarget.checked })} /> Made together with her
      </label>
      {SAFETY_PLAN_FIELDS.map((field) => (
        <div key={field}>
          <label for={`safety-plan-${field}`}>{headings[field]}</label>
          <p class="hint" id={`safety-plan-${field}-hint`}>
            {hintOf(field)}
          </p>
          <textarea
            id={`safety-plan-${field}`}
            aria-describedby={`safety-plan-${field}-hint`}
            rows={2}
            maxLength={SAFETY_PLAN_FIELD_MAX}
            value={current[field]}
            onInput={(e) => update({ [field]: e.currentTarget.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}
