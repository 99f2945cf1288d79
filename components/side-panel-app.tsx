export function SidePanelApp() {
  return (
    <main class="panel">
      <header class="panel-header">
        <h1>PMH Contact Companion</h1>
        <p class="quiet">Mental health and wellbeing for both parents and baby, at every contact.</p>
      </header>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">Contacts in progress</h2>
        <p>No contacts in progress.</p>
      </section>
    </main>
  );
}
