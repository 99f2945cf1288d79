// Copying the summary from the panel on the practitioner's click (no clipboardWrite permission
// needed). Its own small module: Copy must work at once from the summary, without waiting for the
// insertion code (record-insertion.ts, loaded on demand by record-insertion-on-demand.ts), and it is
// the way out when inserting fails.

export type CopyResult = { status: 'copied' } | { status: 'failed'; reason: string };

// navigator.clipboard needs the panel focused and a recent click, which a button press gives.
// The textarea + execCommand('copy') fallback covers browsers that refuse writeText in a sidebar.
export async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    const previous = document.activeElement as HTMLElement | null;
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    previous?.focus();
    if (!copied) throw error;
  }
}

/** Copies the text and says whether it worked, with the browser's reason when not. */
export async function copyText(text: string, write: (text: string) => Promise<void> = writeClipboard): Promise<CopyResult> {
  try {
    await write(text);
    return { status: 'copied' };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
