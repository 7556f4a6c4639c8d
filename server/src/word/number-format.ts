// How Word writes one level's counter (w:numFmt): "4", "iv", "d", «г». Word's own sequences are
// followed, so that the text a lawyer sees in Word is the text the import writes.

const RUSSIAN_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя'; // Word skips ё, й, ъ, ы, ь.

/** The counter as the format writes it; null for formats that are not numbers (bullets, none). */
export function formatCounter(value: number, format: string): string | null {
  switch (format) {
    case 'decimal':
    case 'ordinal':
    case 'cardinalText':
    case 'ordinalText':
      return String(value);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'lowerLetter':
      return letters(value, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'russianLower':
      return letters(value, RUSSIAN_LETTERS);
    case 'russianUpper':
      return letters(value, RUSSIAN_LETTERS.toUpperCase());
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'bullet':
    case 'none':
      return null;
    default:
      // An exotic format (Hebrew, Chinese counting) is written as a plain number rather than lost.
      return String(value);
  }
}

/** Word's letter numbering: a … z, then aa … zz, then aaa (the letter repeated, not base 26). */
function letters(value: number, alphabet: string): string {
  if (value < 1) return String(value);
  const n = alphabet.length;
  const letter = alphabet[(value - 1) % n]!;
  return letter.repeat(Math.min(Math.floor((value - 1) / n) + 1, 10));
}

function roman(value: number): string {
  if (value < 1 || value >= 4000) return String(value);
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}
