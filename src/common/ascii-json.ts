// JSON text made ASCII-safe: `<`, `>`, `&` and every character from U+007F up (U+2028 and U+2029
// among them) written as \uXXXX escapes, a character beyond U+FFFF as its two surrogates, two escapes.
// Still valid JSON, with the same parsed value. The one escaping of the project, for two reasons:
// - markup safety: no byte sequence of an answer can read as markup, whatever a letter holds and
//   whatever sniffs the answer; U+2028 and U+2029 end a line in old JavaScript parsers;
// - speed: Node writes a one-byte ASCII string as it is, the header and the body in one write, while a
//   single curly apostrophe (real letters are full of them) makes it encode the whole answer to UTF-8.
// Pure, without any Node API: the coach (`checkJson`) runs in the browser too.

/** The characters written as escapes; JSON.stringify has already escaped those below U+0020. */
const UNSAFE = /[<>&\u007f-\uffff]/g
/** The same class, to test for (`test` on the global one would move its lastIndex). */
const ANY_UNSAFE = new RegExp(UNSAFE.source)

/** `json` (JSON text) with `<`, `>`, `&` and every character from U+007F up as \u escapes. */
export function asciiJson(json: string): string {
  // Most parts of an answer hold none of these: a test is cheaper than a replace that finds nothing.
  return ANY_UNSAFE.test(json) ? json.replace(UNSAFE, unicodeEscape) : json
}

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
}
