import type { ResolvedConfig } from '../lib/config/resolve';

/**
 * Says when settings saved on this device (not the organisation's policy) differ from the national
 * defaults, naming each (H95). Renders nothing otherwise. The decision is lib/config/local-settings.ts's,
 * made when the configuration is resolved (resolve.ts), so the home screen shows it from a validated
 * copy without loading the configuration schemas (issue 17, H114).
 */
export function LocalSettingsNotice({ resolved, id, headingLevel = 3 }: { resolved: ResolvedConfig; id: string; headingLevel?: 2 | 3 }) {
  const notice = resolved.localSettings;
  if (!notice) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="notice local-settings-notice" aria-labelledby={id}>
      <Heading id={id}>{notice.heading}</Heading>
      <p>{notice.detail}</p>
      <ul>
        {notice.differences.map((d) => (
          <li key={d.path}>{d.text}</li>
        ))}
      </ul>
    </section>
  );
}
