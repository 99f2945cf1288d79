export function OptionsApp() {
  return (
    <main class="options">
      <h1>PMH Contact Companion settings</h1>
      <p>Your organisation's local services and choices will be set here.</p>
    </main>
  );
}
