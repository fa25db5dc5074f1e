/// Removes terminal escape sequences from pasted text, whole.
///
/// Text copied from a terminal or a web page can carry colour codes, window titles or cursor
/// moves. Dropping only the ESC byte (as the control-character filter does) would leave their
/// tails ("[31m") in the field, so each sequence goes as one piece: CSI (`ESC [` … final byte),
/// the string sequences OSC, DCS, SOS, PM and APC (up to BEL or `ESC \`), and the short
/// `ESC` + intermediates + final ones; also their 8-bit forms. A sequence cut off by the end of
/// the paste goes too. Everything else is left as it is.
enum PasteText {
    static func withoutEscapes(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{1B}" || (0x80...0x9F).contains($0.value) }) else {
            return text
        }
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", index + 1 < scalars.count {
                index = skipSequence(introducer: scalars[index + 1], in: scalars, from: index + 2)
            } else if scalar == "\u{1B}" {
                index += 1
            } else if let introducer = sevenBitForm(of: scalar) {
                index = skipSequence(introducer: introducer, in: scalars, from: index + 1)
            } else {
                kept.append(scalar)
                index += 1
            }
        }
        return String(kept)
    }

    /// The 7-bit introducer of a C1 control that opens a sequence (CSI 0x9B is `ESC [`), if any.
    private static func sevenBitForm(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x9B, 0x9D, 0x90, 0x98, 0x9E, 0x9F: Unicode.Scalar(UInt8(scalar.value - 0x40))
        default: nil
        }
    }

    /// The index just after the sequence whose introducer (the character after ESC) is given
    /// and whose body starts at `start`.
    private static func skipSequence(introducer: Unicode.Scalar, in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        switch introducer {
        case "[":
            // Parameters and intermediates (0x20–0x3F), then one final byte (0x40–0x7E).
            while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
            return index < scalars.count && (0x40...0x7E).contains(scalars[index].value) ? index + 1 : index
        case "]", "P", "X", "^", "_":
            // A string, ended by BEL, ST (ESC \) or the 8-bit ST.
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\u{07}" || scalar == "\u{9C}" { return index + 1 }
                if scalar == "\u{1B}" {
                    return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index
                }
                index += 1
            }
            return index
        default:
            // ESC, intermediates (0x20–0x2F), a final byte: "ESC ( B", "ESC 7", "ESC O A".
            // A character that cannot end one is kept: the sequence is then only the ESC.
            var position = start - 1
            while position < scalars.count, (0x20...0x2F).contains(scalars[position].value) { position += 1 }
            guard position < scalars.count else { return position }
            if scalars[position] == "O", position + 1 < scalars.count { return position + 2 }  // SS3 and its key
            return (0x30...0x7E).contains(scalars[position].value) ? position + 1 : start - 1
        }
    }
}
