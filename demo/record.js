// The demo record's own behaviour: a tiny formatting toolbar, and an input log the tests read to
// check that inserted text arrives as normal input events, like typing would.
window.recordInputLog = [];
for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => document.execCommand(button.dataset.command));
}
document.addEventListener(
  'input',
  (event) => window.recordInputLog.push({ field: event.target.id, inputType: event.inputType ?? null }),
  true,
);
