/// Plain-ASCII stand-ins for the symbols in page text, key labels and marks (arrows, bullets,
/// ticks, dashes), used with `--ascii` so a terminal or font without them shows no blanks or
/// boxes. Letters are never replaced: a name typed with accents or CJK stays as typed.
enum AsciiSymbols {
    static let table: [String: String] = [
        "↓": "v", "↑": "^", "←": "<", "→": ">", "▸": ">", "›": ">", "◂": "<", "▾": "v", "▲": "^", "▼": "v",
        "•": "*", "·": "-", "✓": "+", "✗": "x", "–": "-", "—": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"",
        "…": "~", "×": "x", "§": "S",
    ]
}
