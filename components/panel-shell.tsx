import type { ComponentChildren } from 'preact';

/** The frame every panel screen sits in. Small on purpose: it is all the panel's first paint needs. */
export function PanelShell({ children }: { children: ComponentChildren }) {
  return (
    <div class="panel">
      <header class="panel-header">
        <h1>PMH Contact Companion</h1>
      </header>
      <main>{children}</main>
    </div>
  );
}
