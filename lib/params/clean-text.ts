// C0 control characters and DEL. PostgreSQL refuses NUL in text ("invalid byte sequence"), and
// the others only ever arrive in hand-made or hostile links: a shared URL never needs them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const CONTROL_AND_LINE_BREAKS = /[\u0000-\u001F\u007F]/g;

// Text from a URL (a query parameter or a path segment) made safe to search for. Tab and line
// breaks are kept only where the caller says they can mean something (multi-line text).
export function cleanText(text: string, { keepLineBreaks = false } = {}): string {
  return text.replace(keepLineBreaks ? CONTROL : CONTROL_AND_LINE_BREAKS, "");
}
