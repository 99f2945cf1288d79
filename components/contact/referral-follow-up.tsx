import type { Contact, ReferralFollowUp as FollowUp } from '../../lib/contact/contact';
import type { ContactChange } from '../../lib/contact/contact-change';
import { referralLoop, type ReferralLoopItem } from '../../lib/handover/referral-loop';
import { usePanelServices } from '../panel-services';

// The referral loop on the contact screen (issue 14): each referral from an earlier contact in the
// story so far comes back as three questions (received? seen? when?). The answers are saved like
// any other change and go into the summary ("Since the last contact"). Whether a referral is past
// its waiting standard is decided in lib/handover/referral-loop.ts from the outcome's data; this
// component only shows it, with the organisation's services to chase it.

const CHOICES = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'not-known', label: 'Not known' },
] as const;

function Choice({ item, field, legend, value, onChange }: {
  item: ReferralLoopItem;
  field: 'received' | 'seen';
  legend: string;
  value: FollowUp['received'];
  onChange(value: NonNullable<FollowUp['received']>): void;
}) {
  return (
    <fieldset class="referral-choice">
      <legend>{legend}</legend>
      {CHOICES.map((choice) => (
        <label key={choice.id}>
          <input
            type="radio"
            name={`${item.key}-${field}`}
            value={choice.id}
            checked={value === choice.id}
            autocomplete="off"
            onChange={() => onChange(choice.id)}
          />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

export function ReferralFollowUps({ contact, save }: { contact: Contact; save(change: ContactChange): void }) {
  const { now, config } = usePanelServices();
  const items = referralLoop(contact, config.config.services);
  if (items.length === 0) return null;
  const at = () => new Date(now()).toISOString();
  const update = (item: ReferralLoopItem, patch: Partial<FollowUp>) => {
    const time = at();
    save({ type: 'referral-follow-up', key: item.key, followUp: { ...item.followUp, ...patch, answeredAt: time }, at: time });
  };

  return (
    <section class="referral-follow-ups" aria-labelledby="referral-follow-ups-heading">
      <h2 id="referral-follow-ups-heading">Referrals from earlier contacts</h2>
      {items.map((item) => {
        const id = `referral-${item.key.replace(/[^a-zA-Z0-9]/g, '-')}`;
        return (
          <div key={item.key} class={item.overdue ? 'referral-item overdue' : 'referral-item'} role="group" aria-labelledby={`${id}-title`}>
            <h3 id={`${id}-title`}>{item.screenHeading}</h3>
            {item.overdue && item.standard && (
              <p class="warning">
                Past the standard: {item.daysSince} days since referral and no appointment recorded ({item.standard.name}).{' '}
                {item.chase.length
                  ? `Chase it: ${item.chase.map((s) => `${s.name}${s.phone ? ` ${s.phone}` : ''}`).join('; ')}.`
                  : 'Chase it through the referral route.'}
              </p>
            )}
            <Choice item={item} field="received" legend="Was the referral received?" value={item.followUp?.received} onChange={(received) => update(item, { received })} />
            <Choice item={item} field="seen" legend="Have they been seen (first appointment or assessment)?" value={item.followUp?.seen} onChange={(seen) => update(item, { seen })} />
            {item.followUp?.seen === 'yes' && (
              <p>
                <label for={`${id}-seen-on`}>When was the first appointment?</label>{' '}
                <input
                  id={`${id}-seen-on`}
                  type="date"
                  autocomplete="off"
                  value={item.followUp.seenOn ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) update(item, { seenOn: value });
                  }}
                />
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
