// A one-byte-per-letter code for the seal's text (names and territories are Kazakh or Russian
// Cyrillic): base64 of UTF-8 costs 2.7 QR characters per Cyrillic letter, this 1.3, so the QR
// stays small enough to scan from paper. ASCII is itself; the Russian and Kazakh alphabets and the
// usual typographic marks take the bytes 0x80–0xFF; anything else is the escape byte 0x7F
// followed by the character's UTF-8 bytes. The table is part of the seal format: never reorder it.

const ESCAPE = 0x7f;

const UPPER = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const KAZAKH = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
const TABLE = `${UPPER}${UPPER.toLowerCase()}Ёё${KAZAKH}«»–—№…“”„’`;

const BYTE_OF = new Map<string, number>([...TABLE].map((ch, i) => [ch, 0x80 + i]));

export function encodeCompactText(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const mapped = BYTE_OF.get(ch);
    if (cp < ESCAPE) out.push(cp);
    else if (mapped !== undefined) out.push(mapped);
    else out.push(ESCAPE, ...Buffer.from(ch, 'utf8'));
  }
  return Uint8Array.from(out);
}

/** The text back, or null when the bytes are not a compact text. */
export function decodeCompactText(bytes: Uint8Array): string | null {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < ESCAPE) {
      out += String.fromCharCode(b);
      i++;
    } else if (b === ESCAPE) {
      const lead = bytes[i + 1];
      const len =
        lead === undefined
          ? 0
          : lead === ESCAPE
            ? 1
            : lead >= 0xf0
              ? 4
              : lead >= 0xe0
                ? 3
                : lead >= 0xc0
                  ? 2
                  : 0;
      if (len === 0 || i + 1 + len > bytes.length) return null;
      const raw = Buffer.from(bytes.subarray(i + 1, i + 1 + len));
      const ch = raw.toString('utf8');
      // Only what the encoder writes: one whole character, valid UTF-8, with no byte of its own.
      if (
        [...ch].length !== 1 ||
        !Buffer.from(ch, 'utf8').equals(raw) ||
        BYTE_OF.has(ch) ||
        ch.codePointAt(0)! < ESCAPE
      )
        return null;
      out += ch;
      i += 1 + len;
    } else {
      const ch = TABLE[b - 0x80];
      if (ch === undefined) return null;
      out += ch;
      i++;
    }
  }
  return out;
}
