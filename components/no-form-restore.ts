import { options, type VNode } from 'preact';

// Keeps what is typed or chosen in the extension's pages out of the browser's session-restore
// files (issue 15). Chromium saves the state of a tab's form controls (text typed, boxes ticked)
// into the profile's Sessions files so a restored tab can refill them; a contact label typed into
// the panel opened as a tab was found there, in plain UTF-16. A control with autocomplete="off" is
// left out of that saved state, so every input, textarea and select rendered by Preact gets it
// unless the component chose a value (the passphrase fields keep "current-password" /
// "new-password"; password fields are never saved in form state). Imported first by each
// entrypoint, before anything renders. Tested in tests/e2e/session-restore.e2e.ts.

const FORM_CONTROLS: ReadonlySet<string> = new Set(['input', 'textarea', 'select']);

export function withoutFormRestore(vnode: VNode): void {
  if (typeof vnode.type !== 'string' || !FORM_CONTROLS.has(vnode.type)) return;
  const props = vnode.props as Record<string, unknown>;
  if (props.autocomplete === undefined && props.autoComplete === undefined) props.autocomplete = 'off';
}

const previous = options.vnode;
options.vnode = (vnode) => {
  withoutFormRestore(vnode);
  previous?.(vnode);
};
