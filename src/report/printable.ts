// Text from an input (a file name, a sheet name, a cell) as a report may show it: control
// characters and the marks that reorder text on screen written out, visibly (\u001b). Why: a
// workbook is not to move the cursor, clear the screen or turn a line around in the terminal
// of the person reading its report.
const UNSHOWABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(s: string): string {
  return s.replace(UNSHOWABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
