/** Saves `text` as a file named `name`, through a link to a blob (no server round trip). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later, not at once: the browser reads the blob after this task has ended.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
