/**
 * CSV text for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so
 * Excel opens Chinese text correctly instead of guessing a legacy code page.
 */
const BYTE_ORDER_MARK = '\uFEFF';

function quoteCell(cell: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet; a leading quote stops it
  // (OWASP "CSV injection"). Negative amounts are written by Intl with a minus sign, kept as text.
  const safe = /^[=+@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(quoteCell).join(',')).join('\r\n') + '\r\n';
}
