/// The card networks PACER's payment page accepts, recognised from the number itself.
///
/// Knowing the brand early lets the page ask for the right length of security code (four digits
/// on the front of an American Express card, three on the back of the others) and reject a number
/// of the wrong length before the Luhn check even runs.
public enum CardBrand: String, CaseIterable, Hashable, Sendable {
    case visa
    case mastercard
    case americanExpress
    case discover

    /// The brand's name as printed on the payment page.
    public var name: String {
        switch self {
        case .visa: "Visa"
        case .mastercard: "Mastercard"
        case .americanExpress: "American Express"
        case .discover: "Discover"
        }
    }

    /// Digits in the card security code (CVV, CVC, CID).
    public var securityCodeLength: Int { self == .americanExpress ? 4 : 3 }

    /// The number lengths the network issues.
    public var validLengths: Set<Int> {
        switch self {
        case .visa: [13, 16, 19]
        case .mastercard: [16]
        case .americanExpress: [15]
        case .discover: [16, 17, 18, 19]
        }
    }

    /// The brand of a complete card number (digits only, see `TestCards.normalized`), or nil when
    /// the prefix belongs to no accepted network or the length is not one that network issues.
    public static func detect(_ number: String) -> CardBrand? {
        guard let brand = guess(fromPrefix: number), brand.validLengths.contains(number.utf8.count) else {
            return nil
        }
        return brand
    }

    /// The brand a number being typed is heading for, judged from its first digits only; nil while
    /// the digits so far fit no network (or too few have been typed to tell).
    public static func guess(fromPrefix number: String) -> CardBrand? {
        guard number.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        func leading(_ count: Int) -> Int? {
            number.utf8.count >= count ? Int(number.prefix(count)) : nil
        }
        if number.hasPrefix("4") { return .visa }
        if number.hasPrefix("34") || number.hasPrefix("37") { return .americanExpress }
        if let two = leading(2), (51...55).contains(two) { return .mastercard }
        if let four = leading(4), (2221...2720).contains(four) { return .mastercard }
        if number.hasPrefix("6011") || number.hasPrefix("65") { return .discover }
        if let three = leading(3), (644...649).contains(three) { return .discover }
        return nil
    }
}
