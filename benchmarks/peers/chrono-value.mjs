// A chrono-node result as a TIMEX3 value, at the granularity chrono is certain of: a clock time
// (YYYY-MM-DDTHH:MM), a day (a certain day, or a certain weekday resolved against the reference date), a month or
// a year. Components chrono only implied (from the reference date) do not make the value finer.
const pad = (n, w = 2) => String(n).padStart(w, '0');

export function timexValue(component) {
  const c = (k) => component.isCertain(k);
  const y = pad(component.get('year'), 4), m = pad(component.get('month')), d = pad(component.get('day'));
  if (c('hour')) return `${y}-${m}-${d}T${pad(component.get('hour'))}:${pad(component.get('minute') ?? 0)}`;
  if (c('day') || c('weekday')) return `${y}-${m}-${d}`;
  if (c('month')) return `${y}-${m}`;
  if (c('year')) return y;
  return `${y}-${m}-${d}`;
}
