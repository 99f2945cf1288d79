import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConfigChange } from '../../lib/config/changes';
import { describePath, type ConfigFieldError } from '../../lib/config/field-errors';
import { fieldByPath, type ConfigFieldPath } from '../../lib/config/fields';
import type { ConfigProblem } from '../../lib/config/resolve';
import { thresholdConfirmations } from '../../lib/config/threshold-confirmation';
import { fieldIdCandidates } from './form-state';

// What the options page says back: errors (with the path in the document), the preview of changes
// with its Apply button, and problems with stored or policy configuration.

function focusField(path: string): boolean {
  for (const id of fieldIdCandidates(path)) {
    const element = document.getElementById(id);
    if (element) {
      element.focus();
      return true;
    }
  }
  return false;
}

/**
 * Field-level errors, announced when they appear (role="alert") and focused so keyboard users land
 * on them. Each error links to its control when the form has one (a file's errors have none).
 */
export function ErrorSummary(props: { title: string; intro: string; errors: readonly ConfigFieldError[]; linkToFields: boolean }) {
  const { title, intro, errors, linkToFields } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <p>{intro}</p>
      <ul>
        {errors.map((error) => {
          const where = describePath(error.path);
          const text = (
            <>
              <code>{where}</code> {error.message}
            </>
          );
          return (
            <li key={`${error.path}-${error.message}`}>
              {linkToFields && error.path !== '' ? (
                <a
                  href={`#${fieldIdCandidates(error.path)[0] ?? ''}`}
                  onClick={(e) => {
                    if (focusField(error.path)) e.preventDefault();
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The preview of what applying will change, with the explicit Apply and Cancel buttons. */
export function ChangePreview(props: {
  source: string;
  changes: readonly ConfigChange[];
  overriddenByPolicy: readonly ConfigFieldPath[];
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { source, changes, overriddenByPolicy, applying, onApply, onCancel } = props;
  const ref = useRef<HTMLHeadingElement>(null);
  // H96: a changed clinical threshold is applied only after each change is confirmed, naming its bound and source.
  const confirmations = thresholdConfirmations(changes);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    ref.current?.focus();
    setConfirmed(new Set());
  }, [changes]);
  const unconfirmed = confirmations.filter((c) => !confirmed.has(c.path)).length;
  return (
    <section class="change-preview" aria-labelledby="change-preview-title">
      <h2 id="change-preview-title" tabIndex={-1} ref={ref}>
        Check the changes from {source}
      </h2>
      <p>The configuration in force now stays in force until you press Apply.</p>
      {changes.length === 0 ? (
        <p>This makes no difference to the configuration in force.</p>
      ) : (
        <ul class="change-list">
          {changes.map((change) => (
            <li key={change.path} class={`change change-${change.kind}`}>
              {change.summary}
            </li>
          ))}
        </ul>
      )}
      {overriddenByPolicy.length > 0 ? (
        <p class="field-locked">
          Your organisation's policy sets these, so the values here will not take effect:{' '}
          {overriddenByPolicy.map((path) => fieldByPath(path).label).join(', ')}.
        </p>
      ) : null}
      {confirmations.length > 0 ? (
        <fieldset class="checkbox-group threshold-confirmations">
          <legend>Clinical thresholds: confirm each change before applying</legend>
          {confirmations.map((c) => (
            <div class="field-checkbox" key={c.path}>
              <input
                type="checkbox"
                id={`confirm-${c.path}`}
                checked={confirmed.has(c.path)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setConfirmed((before) => {
                    const next = new Set(before);
                    if (checked) next.add(c.path);
                    else next.delete(c.path);
                    return next;
                  });
                }}
              />
              <label for={`confirm-${c.path}`}>{c.text}</label>
            </div>
          ))}
          {unconfirmed > 0 ? (
            <p class="quiet" id="threshold-confirm-hint">
              Apply is available once you have confirmed {unconfirmed === 1 ? 'the threshold change' : `all ${confirmations.length} threshold changes`}.
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <div class="button-row">
        <button
          type="button"
          class="button-primary"
          onClick={onApply}
          disabled={applying || unconfirmed > 0}
          aria-describedby={unconfirmed > 0 ? 'threshold-confirm-hint' : undefined}
        >
          Apply
        </button>
        <button type="button" class="button-secondary" onClick={onCancel} disabled={applying}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** Problems with the stored or policy configuration, so IT can see why something is not in force. */
export function ProblemList({ problems }: { problems: readonly ConfigProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">Configuration not in force</h2>
      {problems.map((problem) => (
        <div key={problem.source}>
          <p>{problem.summary}</p>
          <ul>
            {problem.errors.map((error) => (
              <li key={`${error.path}-${error.message}`}>
                <code>{describePath(error.path)}</code> {error.message}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
