/**
 * Saves text as a file from inside the panel's iframe: a blob link with `download`, clicked once. Forge frames are
 * sandboxed with `allow-downloads`, and a blob URL needs no CSP exception (a data URL would, for large exports).
 */
export function downloadFile(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; revoking later keeps slow browsers from losing the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
