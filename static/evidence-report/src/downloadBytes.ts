/**
 * Saves bytes as a file from inside the page's iframe: a blob link with `download`, clicked once. Forge frames are
 * sandboxed with `allow-downloads`, and a blob URL needs no CSP exception (a data URL would, for large exports).
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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

export function base64Blob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type });
}
