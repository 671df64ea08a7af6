// PostgreSQL refuses NUL in text, and other C0 controls are never meant: a pasted control
// character is dropped, keeping tab, line feed and carriage return, which are real text.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}
