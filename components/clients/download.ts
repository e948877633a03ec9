/**
 * Saves text as a file through the browser's download bar (an object URL and a temporary link):
 * no `downloads` permission needed.
 *
 * @example
 * downloadText(exportClientsCsv(clients), 'loketgids-klanten.csv', 'text/csv');
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
