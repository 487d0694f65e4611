/** Hands the booking's iCalendar file to the browser as a download. */

/** A file name safe on every system: the reference is letters, digits and dashes. */
export function calendarFileName(reference: string): string {
  return `${reference.replace(/[^A-Z0-9-]/gi, '')}.ics`;
}

export function downloadCalendarFile(ics: string, reference: string, document: Document): void {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = calendarFileName(reference);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
