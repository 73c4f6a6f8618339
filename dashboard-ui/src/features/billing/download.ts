import { apiFetch, type QueryValue } from '../../app/api';

/** Fetches a file the hub only gives with the bearer token (PDF, CSV) and hands it to the browser. */
export async function downloadFile(path: string, fallbackName: string, query?: Record<string, QueryValue>): Promise<void> {
  const response = await apiFetch(path, query ? { query } : {});
  const blob = await response.blob();
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens a PDF in a new tab (the hub's answer needs the token, so it is fetched first). */
export async function openPdf(path: string): Promise<void> {
  const tab = window.open('', '_blank');
  const response = await apiFetch(path);
  const url = URL.createObjectURL(await response.blob());
  if (tab) tab.location.href = url;
  else window.location.assign(url);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
