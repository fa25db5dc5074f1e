/// The Luhn (mod 10) check digit that every payment card number ends with.
///
/// It catches a single mistyped digit and most swaps of two neighbouring digits, so the payment
/// page can point at a typo before pretending to contact a card processor.
public enum Luhn {
    /// Whether `digits` (ASCII digits only, nothing else) ends with a correct check digit.
    /// An empty string or one with any other character is not valid.
    public static func isValid(_ digits: String) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        // Walk from the check digit leftwards, doubling every second digit.
        for (position, byte) in digits.utf8.reversed().enumerated() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
            let digit = Int(byte - UInt8(ascii: "0"))
            if position % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
