import { nationalDefaultConfig } from '../lib/config/defaults';
import { localSettingsNotice, policyStateOf } from '../lib/config/local-settings';
import type { ResolvedConfig } from '../lib/config/resolve';

/**
 * Says when settings saved on this device (not the organisation's policy) differ from the national
 * defaults, naming each (H95). Renders nothing otherwise. The decision is lib/config/local-settings.ts's.
 */
export function LocalSettingsNotice({ resolved, id }: { resolved: ResolvedConfig; id: string }) {
  const notice = localSettingsNotice(resolved, nationalDefaultConfig, policyStateOf(resolved));
  if (!notice) return null;
  return (
    <section class="notice local-settings-notice" aria-labelledby={id}>
      <h3 id={id}>{notice.heading}</h3>
      <p>{notice.detail}</p>
      <ul>
        {notice.differences.map((d) => (
          <li key={d.path}>{d.text}</li>
        ))}
      </ul>
    </section>
  );
}
