/**
 * pdfkit's built-in fonts (Helvetica) carry no Unicode cmap: text is encoded in WinAnsi, and a character outside
 * it prints as a wrong glyph. Embedding a TTF would add ~700 KB to the function bundle, so text from Jira (issue
 * summaries, names) is folded to WinAnsi: Latin-1 plus the typographic marks WinAnsi adds, the rest as "?".
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const FOLDS: Readonly<Record<string, string>> = { '→': '->', '←': '<-', '≥': '>=', '≤': '<=', '✓': 'v', '\u00a0': ' ' };

export function pdfSafeText(text: string): string {
  let safe = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x09 || code === 0x0a) safe += ' ';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (FOLDS[char] !== undefined) safe += FOLDS[char];
    else if (code <= 0xff || WIN_ANSI_EXTRAS.has(char)) safe += char;
    else safe += '?';
  }
  return safe;
}
