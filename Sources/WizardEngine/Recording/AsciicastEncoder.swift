/// The lines of an asciicast v2 file (asciinema's format): a JSON header, then one JSON array
/// per event. Written by hand so the executable needs no JSON library.
///
/// See https://docs.asciinema.org/manual/asciicast/v2/.
public enum AsciicastEncoder {
    /// The first line: the terminal's size, when the recording began (seconds since 1970), the
    /// TERM it was made in and a title.
    public static func header(size: TerminalSize, timestamp: Int, term: String, title: String) -> String {
        "{\"version\": 2, \"width\": \(size.columns), \"height\": \(size.rows), \"timestamp\": \(timestamp), "
            + "\"env\": {\"TERM\": \(quote(term))}, \"title\": \(quote(title))}"
    }

    /// What the program wrote to the screen.
    public static func output(_ text: String, atMicroseconds time: Int) -> String {
        event(time, "o", text)
    }

    /// A marker: a named point the player lists and can jump to (one per step).
    public static func marker(_ label: String, atMicroseconds time: Int) -> String {
        event(time, "m", label)
    }

    /// The terminal was resized.
    public static func resize(_ size: TerminalSize, atMicroseconds time: Int) -> String {
        event(time, "r", "\(size.columns)x\(size.rows)")
    }

    static func event(_ time: Int, _ code: String, _ data: String) -> String {
        "[\(seconds(time)), \"\(code)\", \(quote(data))]"
    }

    /// Microseconds as seconds with six decimals, e.g. 1.250000.
    public static func seconds(_ microseconds: Int) -> String {
        let time = max(0, microseconds)
        let fraction = String(time % 1_000_000)
        return "\(time / 1_000_000)." + String(copies: 6 - fraction.count, of: "0") + fraction
    }

    /// A JSON string literal (one escaping rule for every JSON the program writes).
    public static func quote(_ text: String) -> String { JSONLine.quoted(text) }
}
