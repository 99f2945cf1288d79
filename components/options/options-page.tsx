import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConfigStore, LoadedConfig } from '../../lib/config/config-store';
import type { ConfigFieldError } from '../../lib/config/field-errors';
import { importConfig, previewConfigDocument, type ImportAccepted } from '../../lib/config/import';
import { isLockedByPolicy } from '../../lib/config/resolve';
import { ImportPanel, ExportPanel } from './import-export';
import { ChangePreview, ErrorSummary, ProblemList } from './messages';
import { CrisisRoutesEditor, ServicesEditor } from './services-editor';
import { SettingsFields } from './settings-fields';
import { LocalSettingsNotice } from '../local-settings-notice';
import { documentFromDraft, draftErrors, draftFrom, type FormDraft } from './form-state';
import './options.css';

// The options page: view and edit the organisation configuration, import and export it. Every
// change (form, file, paste, reset) is checked and previewed first; the configuration in force
// changes only when the user presses Apply, in one write. Fields set by enterprise policy are
// shown locked.

type Check =
  | { kind: 'errors'; source: string; errors: ConfigFieldError[]; fromForm: boolean }
  | { kind: 'preview'; source: string; result: ImportAccepted };

function mergeFormErrors(before: ConfigFieldError[], schema: ConfigFieldError[]): ConfigFieldError[] {
  // An empty number box is reported once, in the form's words, not again as "found text".
  const paths = new Set(before.map((e) => e.path));
  return [...before, ...schema.filter((e) => !paths.has(e.path))];
}

export function OptionsPage({ store }: { store: ConfigStore }) {
  const [loaded, setLoaded] = useState<LoadedConfig | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  const [draft, setDraft] = useState<FormDraft | undefined>(undefined);
  const [check, setCheck] = useState<Check | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [applying, setApplying] = useState(false);
  const [focusTarget, setFocusTarget] = useState<string | undefined>(undefined);
  const dirty = useRef(false);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let active = true;
    store.load().then(
      (l) => {
        if (!active) return;
        setLoaded(l);
        setDraft(draftFrom(l.resolved));
      },
      () => {
        if (active) setLoadFailed(true);
      },
    );
    // Policy can change while the page is open; unsaved edits are kept rather than overwritten.
    const unsubscribe = store.watch((l) => {
      setLoaded(l);
      if (!dirty.current) setDraft(draftFrom(l.resolved));
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [store]);

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget, draft]);

  if (loadFailed) {
    return (
      <main class="options">
        <h1>PMH Contact Companion: organisation settings</h1>
        <p role="alert">The configuration could not be read. Close this page and open it again.</p>
      </main>
    );
  }
  if (!loaded || !draft) {
    return (
      <main class="options" aria-busy="true">
        <h1>PMH Contact Companion: organisation settings</h1>
        <p>Loading the configuration…</p>
      </main>
    );
  }

  const { resolved, layers } = loaded;
  const locked = resolved.lockedByPolicy;
  const formErrors = check?.kind === 'errors' && check.fromForm ? check.errors : [];
  const busy = applying;

  const editDraft = (update: (d: FormDraft) => FormDraft) => {
    dirty.current = true;
    setDraft((d) => (d ? update(d) : d));
    setStatus('');
    // A preview of earlier edits no longer describes the form.
    setCheck((c) => (c?.kind === 'preview' && c.source === 'your edits' ? undefined : c));
  };

  const reviewForm = () => {
    const before = draftErrors(draft, locked);
    const result = previewConfigDocument(documentFromDraft(draft, resolved, layers), layers);
    if (before.length > 0 || !result.ok) {
      setCheck({ kind: 'errors', source: 'your edits', fromForm: true, errors: mergeFormErrors(before, result.ok ? [] : result.errors) });
    } else {
      setCheck({ kind: 'preview', source: 'your edits', result });
    }
  };

  const checkText = (text: string, source: string) => {
    setStatus('');
    const result = importConfig(text, layers);
    setCheck(result.ok ? { kind: 'preview', source, result } : { kind: 'errors', source, fromForm: false, errors: result.errors });
  };

  const reviewReset = () => {
    setStatus('');
    const result = previewConfigDocument({ configVersion: 1 }, layers);
    if (result.ok) setCheck({ kind: 'preview', source: 'removing the settings saved on this page', result });
  };

  const apply = async (pending: ImportAccepted) => {
    setApplying(true);
    try {
      const saved = await store.saveOptions(pending.document);
      if (!saved.ok) {
        setCheck({ kind: 'errors', source: 'saving', fromForm: false, errors: saved.errors });
        return;
      }
      dirty.current = false;
      setLoaded(saved.loaded);
      setDraft(draftFrom(saved.loaded.resolved));
      setCheck(undefined);
      const n = pending.changes.length;
      setStatus(n === 0 ? 'Applied. Nothing in force has changed.' : `Applied. ${n} ${n === 1 ? 'change is' : 'changes are'} now in force.`);
      setFocusTarget('options-status');
    } catch {
      setCheck({
        kind: 'errors',
        source: 'saving',
        fromForm: false,
        errors: [{ path: '', message: 'could not be saved; the previous configuration is still in force' }],
      });
    } finally {
      setApplying(false);
    }
  };

  const organisation = resolved.config.organisationName;

  return (
    <main class="options">
      <h1>PMH Contact Companion: organisation settings</h1>
      <p>
        {organisation ? (
          <>
            Configured for <strong>{organisation}</strong>.
          </>
        ) : (
          'No organisation is configured: the national defaults are in use.'
        )}{' '}
        These settings apply to this browser's panel as soon as you apply them. Configuration is not clinical data and contains no
        family's details.
      </p>
      {locked.length > 0 ? (
        <p class="policy-notice">
          <span aria-hidden="true">🔒 </span>Your organisation's policy sets {locked.length} {locked.length === 1 ? 'setting' : 'settings'}.
          They are shown locked; to change them, contact your IT team.
        </p>
      ) : null}
      <ProblemList problems={resolved.problems} />
      <LocalSettingsNotice resolved={resolved} id="options-local-settings" headingLevel={2} />

      <p id="options-status" class="status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>

      {check?.kind === 'errors' ? (
        <ErrorSummary
          title="There is a problem"
          intro={`${check.source === 'your edits' ? 'Your edits were' : `${check.source[0]?.toUpperCase()}${check.source.slice(1)} was`} not applied; the configuration in force has not changed. Fix these and try again:`}
          errors={check.errors}
          linkToFields={check.fromForm}
        />
      ) : null}
      {check?.kind === 'preview' ? (
        <ChangePreview
          source={check.source}
          changes={check.result.changes}
          overriddenByPolicy={check.result.overriddenByPolicy}
          applying={applying}
          onApply={() => void apply(check.result)}
          onCancel={() => setCheck(undefined)}
        />
      ) : null}

      <form
        noValidate
        aria-labelledby="edit-heading"
        onSubmit={(e) => {
          e.preventDefault();
          reviewForm();
        }}
      >
        <h2 id="edit-heading" class="visually-hidden">
          Edit the configuration
        </h2>
        <section class="options-section" aria-labelledby="section-organisation">
          <h2 id="section-organisation">Organisation</h2>
          <SettingsFields section="organisation-name" draft={draft} errors={formErrors} locked={locked} sourceOf={resolved.sourceOf} onChange={editDraft} />
        </section>
        <ServicesEditor draft={draft} errors={formErrors} locked={isLockedByPolicy(resolved, 'services')} onChange={editDraft} focusLater={setFocusTarget} />
        <CrisisRoutesEditor
          draft={draft}
          errors={formErrors}
          locked={isLockedByPolicy(resolved, 'crisisRoutes')}
          onChange={editDraft}
          focusLater={setFocusTarget}
        />
        {(['pathway', 'retention', 'security', 'summary'] as const).map((section) => (
          <SettingsFields key={section} section={section} draft={draft} errors={formErrors} locked={locked} sourceOf={resolved.sourceOf} onChange={editDraft} />
        ))}
        <div class="button-row sticky-actions">
          <button type="submit" class="button-primary" disabled={busy}>
            Review changes
          </button>
          <button
            type="button"
            class="button-secondary"
            disabled={busy}
            onClick={() => {
              dirty.current = false;
              setDraft(draftFrom(resolved));
              setCheck(undefined);
              setStatus('Edits discarded.');
            }}
          >
            Discard edits
          </button>
        </div>
      </form>

      <ImportPanel onCheck={checkText} disabled={busy} />
      <ExportPanel config={resolved.config} />

      <section class="options-section" aria-labelledby="section-reset">
        <h2 id="section-reset">Go back to the defaults</h2>
        <p class="quiet">Removes the settings saved on this page. Your organisation's policy, if any, still applies.</p>
        <button type="button" class="button-secondary" disabled={busy} onClick={reviewReset}>
          Review removing this page's settings
        </button>
      </section>
    </main>
  );
}
