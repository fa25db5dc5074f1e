/// Gives each `Rule` its meaning: what it accepts, and the sentence that names it when it fails.
///
/// Messages always name the field and state the rule, so a person knows what to change without
/// having to guess, and help-desk staff can read them out.
public enum RuleChecker {
    /// The problem with `value`, or nil when the rule is met. Empty values pass every rule but
    /// `mustBeChecked` and `requiredWithAny`: whether a field may be empty is `isRequired`'s job.
    public static func problem(_ rule: Rule, value: String, field: Field, context: FactContext) -> String? {
        let label = field.label
        switch rule {
        case .requiredWithAny(let group):
            guard value.isEmpty, group.contains(where: { !context.value($0).isEmpty }) else { return nil }
            return "\(label) is needed once any card detail is entered (or clear them all to pay later)."
        case .mustBeChecked:
            return value == Field.checkedValue ? nil : "Tick \"\(label)\" to go on."
        default:
            break
        }
        if value.isEmpty { return nil }
        switch rule {
        case .minLength(let count):
            return value.count >= count ? nil : "\(label) must have at least \(count) characters."
        case .personName:
            return isPersonName(value) ? nil : "\(label) may use letters, spaces, hyphens, apostrophes and periods only."
        case .dateOfBirth:
            guard let date = CivilDate.parseUS(value) else {
                return "\(label) must be a real date written MM/DD/YYYY, e.g. 04/17/1980."
            }
            if date >= context.today { return "\(label) must be before today (\(context.today.usNumeric))." }
            if date.year < 1900 { return "\(label) must be after 1900." }
            return nil
        case .postalCode(let country):
            let inUS = context.value(country).isEmpty || context.value(country) == unitedStates
            guard inUS else { return nil }
            return isZip(value) ? nil : "\(label) must be a U.S. ZIP code: 5 digits, or 5+4 like 02210-3002."
        case .phone:
            var digits = value.filter(\.isASCIIDigit)
            if digits.count == 11, digits.first == "1" { digits.removeFirst() }
            let allowed = value.allSatisfy { $0.isASCIIDigit || " ()-.+".contains($0) }
            return allowed && digits.count == 10 ? nil : "\(label) must be a 10-digit U.S. number, e.g. 617-555-0142."
        case .email:
            return isEmail(value) ? nil : "\(label) must look like name@example.com."
        case .matches(let other, let what):
            return value == context.value(other) ? nil : "\(label) does not match \(what)."
        case .differsFrom(let other, let what):
            return value != context.value(other) ? nil : "\(label) must be different from \(what)."
        case .federalTaxID:
            return isTaxID(value) ? nil : "\(label) must be 9 digits written NN-NNNNNNN, e.g. 12-3456789."
        case .username:
            if isLegacyUsername(value) {
                return "\(label): \"\(value)\" is a legacy 6-character username; new ones need at least 8 characters."
            }
            if value.count < 8 { return "\(label) must have at least 8 characters (it has \(value.count))." }
            let allowed = value.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "._-@".contains($0) }
            return allowed ? nil : "\(label) may use the letters A–Z, digits and . _ - @ only."
        case .password(let usernameField):
            return passwordProblem(value, username: context.value(usernameField), label: label)
        case .cardNumber:
            let digits = TestCards.normalized(value)
            guard digits.allSatisfy(\.isASCIIDigit), (13...19).contains(digits.count) else {
                return "\(label) must be 13 to 19 digits."
            }
            guard Luhn.isValid(digits) else { return "\(label) fails the card-number check digit: look for a typo." }
            guard TestCards.isTestNumber(digits) else {
                return "\(label): this is a rehearsal, so use a test card such as 4111 1111 1111 1111, never a real card."
            }
            return nil
        case .cardExpiry:
            guard let (month, year) = parseExpiry(value) else { return "\(label) must be written MM/YY, e.g. 08/27." }
            let expired = year < context.today.year || (year == context.today.year && month < context.today.month)
            return expired ? "\(label): the card has expired; it must be this month or later." : nil
        case .cardSecurityCode(let card):
            let length = CardBrand.detect(TestCards.normalized(context.value(card)))?.securityCodeLength ?? 3
            let ok = value.count == length && value.allSatisfy(\.isASCIIDigit)
            return ok ? nil : "\(label) must be \(length) digits."
        case .mustBeChecked, .requiredWithAny:
            return nil
        }
    }

    /// The rule in words, for help.
    public static func summary(_ rule: Rule) -> String {
        switch rule {
        case .minLength(let count): "at least \(count) characters"
        case .personName: "letters, spaces, hyphens, apostrophes, periods"
        case .dateOfBirth: "MM/DD/YYYY, a day in the past"
        case .postalCode: "U.S. ZIP: 12345 or 12345-6789"
        case .phone: "10-digit U.S. number"
        case .email: "an address like name@example.com"
        case .matches(_, let what): "the same as \(what)"
        case .differsFrom(_, let what): "different from \(what)"
        case .federalTaxID: "NN-NNNNNNN"
        case .username: "at least 8 characters: letters, digits, . _ - @"
        case .password: "8–45 characters with an upper-case letter, a lower-case letter and a digit or symbol, not containing the username"
        case .mustBeChecked: "must be ticked"
        case .cardNumber: "a test card number (practice only)"
        case .cardExpiry: "MM/YY, not in the past"
        case .cardSecurityCode: "3 digits (4 for American Express)"
        case .requiredWithAny: "needed once any card detail is entered"
        }
    }

    /// The country value the form is preset to.
    public static let unitedStates = "United States of America"

    /// A legacy PACER username: two lower-case letters and four digits, e.g. "lp1234".
    public static func isLegacyUsername(_ value: String) -> Bool {
        let chars = Array(value)
        return chars.count == 6
            && chars[0...1].allSatisfy { $0.isASCII && $0.isLowercase }
            && chars[2...5].allSatisfy(\.isASCIIDigit)
    }

    static func passwordProblem(_ value: String, username: String, label: String) -> String? {
        var missing: [String] = []
        if !value.contains(where: \.isUppercase) { missing.append("an upper-case letter") }
        if !value.contains(where: \.isLowercase) { missing.append("a lower-case letter") }
        if !value.contains(where: { !$0.isLetter }) { missing.append("a digit or symbol") }
        if !(8...45).contains(value.count) {
            return "\(label) must have 8 to 45 characters (it has \(value.count))."
        }
        if !missing.isEmpty {
            return "\(label) needs \(ListPhrase.join(missing))."
        }
        if username.count >= 3, value.lowercased().contains(username.lowercased()) {
            return "\(label) must not contain the username."
        }
        return nil
    }

    static func isPersonName(_ value: String) -> Bool {
        value.contains(where: \.isLetter)
            && value.allSatisfy { $0.isLetter || " -'’.".contains($0) }
    }

    static func isZip(_ value: String) -> Bool {
        let chars = Array(value)
        let five = chars.count >= 5 && chars[0..<5].allSatisfy(\.isASCIIDigit)
        if chars.count == 5 { return five }
        return five && chars.count == 10 && chars[5] == "-" && chars[6...].allSatisfy(\.isASCIIDigit)
    }

    static func isTaxID(_ value: String) -> Bool {
        let chars = Array(value)
        if chars.count == 9 { return chars.allSatisfy(\.isASCIIDigit) }
        return chars.count == 10 && chars[2] == "-"
            && chars[0..<2].allSatisfy(\.isASCIIDigit) && chars[3...].allSatisfy(\.isASCIIDigit)
    }

    static func isEmail(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !value.contains(" ") else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return false }
        return labels.last!.count >= 2 && labels.last!.allSatisfy(\.isLetter)
    }

    static func parseExpiry(_ value: String) -> (month: Int, year: Int)? {
        let parts = value.split(separator: "/")
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let month = Int(parts[0]), (1...12).contains(month),
              parts[0].count == 2, let year = Int(parts[1]) else { return nil }
        switch parts[1].count {
        case 2: return (month, 2000 + year)
        case 4: return (month, year)
        default: return nil
        }
    }
}

extension Character {
    /// 0–9 only (not other scripts' digits), as card numbers, ZIP codes and phones expect.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
