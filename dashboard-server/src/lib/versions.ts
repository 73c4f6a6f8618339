/** A text key that sorts version strings numerically: "6.8.1" -> "00006.00008.00001". */
export function versionSortKey(version: string | null | undefined): string | null {
  if (!version) return null;
  const parts = version.split(/[^0-9]+/).filter(Boolean).slice(0, 4);
  return parts.length ? parts.map((n) => n.slice(-5).padStart(5, '0')).join('.') : null;
}
