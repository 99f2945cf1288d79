import { nationalDefaultConfig } from '../lib/config/defaults';
import { localSettingsNotice, policyStateOf } from '../lib/config/local-settings';
import type { ResolvedConfig } from '../lib/config/resolve';

/**
 * Says when settings saved on this device (not the organisation's policy) differ from the national
 * defaults, naming each (H95). Renders nothing otherwise. The decision is lib/config/local-settings.ts's.
 */
export function LocalSettingsNotice({ resolved, id, headingLevel = 3 }: { resolved: ResolvedConfig; id: string; headingLevel?: 2 | 3 }) {
  const notice = localSettingsNotice(resolved, nationalDefaultConfig, policyStateOf(resolved));
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
