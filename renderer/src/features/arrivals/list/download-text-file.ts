/**
 * Saves text as a file through the browser's own download (works in Electron and browser
 * mode alike, no Node needed). The text is written as UTF-8 exactly as given: the CSV
 * from the engine already starts with its byte-order mark.
 */
export function downloadTextFile(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; give the browser a moment before freeing the data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
