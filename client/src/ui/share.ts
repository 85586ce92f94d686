import { showStatus } from './status.js';

/**
 * Copies a link to the clipboard and says so. Where the clipboard is refused (an insecure origin,
 * a denied permission), the link is shown instead, selected, for the reader to copy.
 */
export async function shareLink(url: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    showStatus('Link copied: it opens this view, as drawn now, for whoever you send it to.');
  } catch {
    showStatus(`Copy this link to share the view: ${url}`);
    const selection = window.getSelection();
    const status = document.getElementById('status');
    if (selection && status) selection.selectAllChildren(status);
  }
}
