import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { nationalDefaultConfig } from '../../lib/config/defaults';
import { localSettingsNotice, policyStateOf } from '../../lib/config/local-settings';
import { pathwaySettingsFrom, sessionOptionsFrom, summaryOptionsFrom } from '../../lib/config/resolve';
import { evaluateForRecord } from '../../lib/pathway/evaluate';
import { pathway } from '../../lib/pathway/pathway';
import type { Contact } from '../../lib/contact/contact';
import type { ContactChange } from '../../lib/contact/contact-change';
import { fhirDownload } from '../../lib/fhir/questionnaire-response';
import type { RecordInsertRequest } from '../../lib/platform/insert-requests';
import { compactSummary } from '../../lib/summary/compact-summary';
import { safetyPlanCopy } from '../../lib/summary/safety-plan-copy';
import { familyCopy } from '../../lib/summary/family-copy';
import {
  familySummaryModel,
  partnerSummaryStatus,
  partnerSummaryText,
  summaryDocument,
  summaryText,
  type SummaryDocument,
  type SummaryVersion,
} from '../../lib/summary/summary-text';
import { usePanelServices } from '../panel-services';
import { RecordOutput } from './record-output';

export type SummaryScreenProps = {
  contact: Contact;
  save(change: ContactChange): void;
  onLeave(): void;
  /** An insert asked for from the record page (context menu or keyboard command). */
  insertRequest?: RecordInsertRequest | null;
  onInsertRequestDone?: (request: RecordInsertRequest) => void;
};

/**
 * The structured summary for the record, exactly as it will be pasted or inserted, with copy and
 * insert behind the wrong-family guard; the partner's own summary when it must stay out of this
 * record; and the FHIR export. All text comes from lib/summary: nothing is composed here.
 */
export function SummaryScreen({ contact, save, onLeave, insertRequest, onInsertRequestDone }: SummaryScreenProps) {
  const { config, now } = usePanelServices();
  const heading = useRef<HTMLHeadingElement>(null);
  const organisation = config.config;
  const { lineWidth, compactLimitChars, defaultVersion } = summaryOptionsFrom(organisation);
  const [version, setVersion] = useState<SummaryVersion>(defaultVersion);
  const { confirmFamilyAfterHours } = sessionOptionsFrom(organisation);

  // The record is not the screen: what is hidden while someone is in the room (her account of the
  // partner, for one) still belongs in the written record. lib/summary keeps private content out.
  const record = useMemo(() => evaluateForRecord(pathway, contact, pathwaySettingsFrom(organisation)), [contact, organisation]);
  const localSettings = useMemo(() => localSettingsNotice(config, nationalDefaultConfig, policyStateOf(config)), [config]);
  // The chosen version's plain text is what Copy and Insert use (issue 13).
  const text = useMemo(
    () => summaryText({ contact, evaluation: record, config: organisation, localSettings, options: { lineWidth, version } }),
    [contact, record, organisation, localSettings, lineWidth, version],
  );
  const document_ = useMemo(
    () => summaryDocument(familySummaryModel({ contact, evaluation: record, config: organisation, localSettings }), version),
    [contact, record, organisation, localSettings, version],
  );
  const herCopy = useMemo(() => familyCopy({ contact, evaluation: record, config: organisation }), [contact, record, organisation]);
  const compact = useMemo(() => compactSummary({ contact, evaluation: record, config: organisation, localSettings }, compactLimitChars), [contact, record, organisation, localSettings, compactLimitChars]);
  const partnerStatus = partnerSummaryStatus(contact, record);
  const partnerText = useMemo(
    () => (partnerStatus === 'none' ? null : partnerSummaryText({ contact, evaluation: record, config: organisation, localSettings, options: { lineWidth } })),
    [partnerStatus, contact, record, organisation, localSettings, lineWidth],
  );
  const fhir = useMemo(() => fhirDownload(contact, record), [contact, record]);
  const parentCopy = useMemo(() => safetyPlanCopy(contact, organisation), [contact, organisation]);
  const partnerCopy = useMemo(
    () => (partnerStatus === 'none' ? null : familyCopy({ contact, evaluation: record, config: organisation }, 'partner')),
    [partnerStatus, contact, record, organisation],
  );

  /** Prints only the family copy with this id (styles.css, issue-summary block, hides the rest). */
  function printFamilyCopy(id: string) {
    document.documentElement.classList.add('printing-family-copy');
    document.documentElement.dataset.printCopy = id;
    try {
      window.print();
    } finally {
      document.documentElement.classList.remove('printing-family-copy');
      delete document.documentElement.dataset.printCopy;
    }
  }

  /** Prints only her copy (components/styles.css hides the rest while printing). */
  function printParentCopy() {
    document.documentElement.classList.add('printing-parent-copy');
    try {
      window.print();
    } finally {
      document.documentElement.classList.remove('printing-parent-copy');
    }
  }

  useEffect(() => heading.current?.focus(), []);

  function downloadFhir() {
    if (!fhir) return;
    // A file the practitioner saves; nothing is sent anywhere.
    const url = URL.createObjectURL(new Blob([fhir.json], { type: fhir.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fhir.filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const at = () => new Date(now()).toISOString();
  function recordOutput() {
    // The record now has the summary: this starts the short retention clock for a finished contact.
    if (!contact.summaryOutputAt) save({ type: 'summary-output', at: at() });
  }

  return (
    <section class="summary-screen" aria-labelledby="summary-heading">
      <h2 id="summary-heading" ref={heading} tabIndex={-1}>
        Summary
      </h2>
      <p class="quiet">Check it, then copy it or insert it into the record. It ends with a handover block the next contact can load.</p>
      <fieldset class="summary-version">
        <legend>Version to copy or insert</legend>
        {(['short', 'detailed'] as const).map((v) => (
          <label key={v}>
            <input type="radio" name="summary-version" value={v} checked={version === v} onChange={() => setVersion(v)} />
            {v === 'short' ? 'Short: the headline, results, risk, outcomes and what is outstanding' : 'Detailed: every answer and every reason'}
          </label>
        ))}
      </fieldset>
      <SummarySections doc={document_} />
      <details class="summary-plain">
        <summary>The text exactly as it will be pasted</summary>
        <pre class="summary-text" tabIndex={0} aria-label="Summary for the record">
          {text}
        </pre>
      </details>
      <RecordOutput
        text={text}
        {...(compact.ok ? { compactText: compact.text } : {})}
        contactLabel={contact.label}
        contactStartedAt={contact.startedAt}
        extraConfirmAfterHours={confirmFamilyAfterHours}
        insertRequest={insertRequest ?? null}
        {...(onInsertRequestDone ? { onInsertRequestDone } : {})}
        onOutput={recordOutput}
      />
      {!compact.ok && <p class="quiet">A short version for small record fields is not available: {compact.reason}</p>}

      {partnerText && (
        <details class="partner-summary" open={partnerStatus === 'separate'}>
          <summary>
            {partnerStatus === 'separate'
              ? "The partner's own summary (for the partner's own record, not this one)"
              : "A copy of the partner's own summary, if they want one"}
          </summary>
          <pre class="summary-text" tabIndex={0} aria-label="The partner's own summary">
            {partnerText}
          </pre>
          <RecordOutput
            text={partnerText}
            contactLabel={`${contact.label} (partner)`}
            contactStartedAt={contact.startedAt}
            extraConfirmAfterHours={confirmFamilyAfterHours}
          />
        </details>
      )}

      {parentCopy && (
        <section class="parent-copy" aria-labelledby="parent-copy-heading">
          <h3 id="parent-copy-heading">Her copy of the safety plan</h3>
          <p class="quiet">Plain language, for her to keep: only the plan and the crisis numbers, nothing else from this contact.</p>
          <pre class="summary-text" tabIndex={0} aria-label="Safety plan: her copy">
            {parentCopy}
          </pre>
          <p class="button-row">
            <button type="button" onClick={() => void navigator.clipboard?.writeText(parentCopy)}>
              Copy her safety plan
            </button>
            <button type="button" onClick={printParentCopy}>
              Print her safety plan
            </button>
          </p>
        </section>
      )}

      <FamilyCopySection id="her" heading="Her copy to keep" label="Her copy" text={herCopy} onPrint={printFamilyCopy} />
      {partnerCopy && <FamilyCopySection id="partner" heading="The partner's copy to keep" label="The partner's copy" text={partnerCopy} onPrint={printFamilyCopy} />}

      <h3>Other formats</h3>
      {fhir ? (
        <p>
          <button type="button" onClick={downloadFhir}>
            Save as FHIR ({fhir.count} questionnaire {fhir.count === 1 ? 'response' : 'responses'})
          </button>
        </p>
      ) : (
        <p class="quiet">No questionnaire was completed, so there is no FHIR file.</p>
      )}

      <h3>When you have finished</h3>
      <p>
        {contact.status === 'completed'
          ? 'This contact is closed.'
          : 'Close the contact once the summary is in the record. It is then forgotten after the time your organisation sets.'}
      </p>
      <div class="button-row">
        {contact.status !== 'completed' && (
          <button
            type="button"
            class="primary"
            onClick={() => {
              save({ type: 'complete', at: at() });
              onLeave();
            }}
          >
            Close the contact
          </button>
        )}
      </div>
    </section>
  );
}

/** The chosen version as headed sections: the headline first, then each section under its heading. */
function SummarySections({ doc }: { doc: SummaryDocument }) {
  return (
    <article class="summary-sections" aria-label={`Summary, ${doc.version} version`}>
      <ul class="summary-headline" aria-label="Headline">
        {doc.headline.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {doc.preamble.map((p) => (
        <p class="quiet" key={p}>
          {p}
        </p>
      ))}
      {doc.sections.map((section) => (
        <section key={section.id} aria-labelledby={`summary-section-${section.id}`}>
          <h3 id={`summary-section-${section.id}`}>{section.title}</h3>
          <ul>
            {section.lines.map((l, i) => (
              <li key={i} class={l.depth === 1 ? 'detail' : undefined}>
                {l.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p class="quiet">The copied text ends with the handover block.</p>
    </article>
  );
}

/** A copy for the family: plain words to keep, with Copy and Print (issue 13). */
function FamilyCopySection({ id, heading, label, text, onPrint }: { id: string; heading: string; label: string; text: string; onPrint(id: string): void }) {
  return (
    <section class="family-copy" data-copy={id} aria-labelledby={`family-copy-${id}`}>
      <h3 id={`family-copy-${id}`}>{heading}</h3>
      <p class="quiet">Plain words: what you talked about, what happens next and where to get help at any hour. Nothing about anyone else.</p>
      <pre class="summary-text" tabIndex={0} aria-label={label}>
        {text}
      </pre>
      <p class="button-row">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(text)}>
          Copy {label.toLowerCase()}
        </button>
        <button type="button" onClick={() => onPrint(id)}>
          Print {label.toLowerCase()}
        </button>
      </p>
    </section>
  );
}
