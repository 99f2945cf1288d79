// Dates and times as a practitioner reads them (UK style, the browser's own time zone).

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "Health visitor: new birth visit (10–14 days)" → "New birth visit (10–14 days)". */
export function withoutRolePrefix(label: string): string {
  const rest = label.replace(/^[^:]+:\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
