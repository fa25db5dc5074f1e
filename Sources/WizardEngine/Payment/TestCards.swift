/// The card numbers payment processors publish for testing.
///
/// This is a practice tool and nobody should type a real card into it. Every number here passes
/// the Luhn check and carries a real brand prefix, yet no issuer will ever honour it, so the payment
/// page can be rehearsed end to end and can tell a rehearsal number from one that looks real.
public enum TestCards {
    /// The published test numbers, digits only, with the brand each one belongs to.
    public static let numbers: [(number: String, brand: CardBrand)] = [
        ("4111111111111111", .visa),
        ("4242424242424242", .visa),
        ("4012888888881881", .visa),
        ("5555555555554444", .mastercard),
        ("5105105105105100", .mastercard),
        ("378282246310005", .americanExpress),
        ("371449635398431", .americanExpress),
        ("6011111111111117", .discover),
        ("6011000990139424", .discover),
    ]

    /// Whether `input`, once spaces and dashes are taken out, is one of the published test numbers.
    public static func isTestNumber(_ input: String) -> Bool {
        let digits = normalized(input)
        return numbers.contains { $0.number == digits }
    }

    /// The input without the spaces and dashes people type to group a card's digits.
    /// Anything else is kept, so that letters still fail the checks that follow.
    public static func normalized(_ input: String) -> String {
        String(input.unicodeScalars.filter { $0 != " " && $0 != "-" })
    }
}
