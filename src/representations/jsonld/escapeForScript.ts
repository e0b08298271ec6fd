// JSON text made safe inside an HTML <script> element: no literal can end the element
// ("</script"), open a comment ("<!--"), or break a JavaScript parser (U+2028, U+2029). These
// characters can only occur inside JSON strings, where \uXXXX escapes mean the same characters.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function escapeJsonForScript(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
