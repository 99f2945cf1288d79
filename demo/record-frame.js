// The embedded form logs its input events into the parent record's log, like record.js does.
const log = window.parent && window.parent !== window ? window.parent.recordInputLog : undefined;
document.addEventListener(
  'input',
  (event) => log?.push({ field: event.target.id, inputType: event.inputType ?? null }),
  true,
);
