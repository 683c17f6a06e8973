const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Days and hours when far away, hours and minutes when near: "2 d 22 h", "5 h 30 min", "12 min". */
function duration(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** What the panel says about a regulatory clock's `timeLeftMs` (negative once overdue). */
export function timeLeftText(timeLeftMs: number): string {
  return timeLeftMs < 0 ? `overdue by ${duration(-timeLeftMs)}` : `${duration(timeLeftMs)} left`;
}

/** `2026-11-27T07:00:00.000Z` → `2026-11-27 07:00 UTC`: deadlines are legal times, shown in one zone for everyone. */
export function utcText(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
