/** Saves a blob under a name through the browser's own download, as a link click would. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Why images cannot be copied here, or null when they can. */
export function clipboardImageBlocker(): 'insecure' | 'unsupported' | null {
  if (!window.isSecureContext) return 'insecure';
  if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function')
    return 'unsupported';
  if (typeof ClipboardItem.supports === 'function' && !ClipboardItem.supports('image/png'))
    return 'unsupported';
  return null;
}

/** Puts a PNG on the clipboard; the promise is handed over as is to keep the user's gesture. */
export function copyPng(png: Promise<Blob>): Promise<void> {
  return navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
