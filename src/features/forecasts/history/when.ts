/** An instant of the record's clock as the reader's locale writes it (the stamp if unreadable). */
export function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString();
}
