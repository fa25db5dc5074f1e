/// A check on a field's value. Rules are data so that help can state them and tests can list them;
/// `RuleChecker` gives each its meaning.
public enum Rule: Hashable, Sendable {
    case minLength(Int)
    /// Letters of any script, spaces, hyphens, apostrophes and periods.
    case personName
    /// MM/DD/YYYY, a real day, before the simulated today and after 1900.
    case dateOfBirth
    /// A U.S. ZIP code (12345 or 12345-6789) when the country field says United States.
    case postalCode(country: FieldID)
    /// Ten digits for a U.S. number, with or without punctuation and a leading 1.
    case phone
    case email
    /// Must equal another field, e.g. Confirm Email.
    case matches(FieldID, what: String)
    /// Must differ from another field, e.g. the second security question.
    case differsFrom(FieldID, what: String)
    /// A federal employer identification number, NN-NNNNNNN.
    case federalTaxID
    /// At least 8 characters of letters, digits and . _ - @, and not a legacy 6-character one.
    case username
    /// 8–45 characters with upper case, lower case, and a digit or symbol, not containing the username.
    case password(username: FieldID)
    /// A check box that must be ticked.
    case mustBeChecked
    /// A well-known test card number that passes the Luhn check.
    case cardNumber
    /// MM/YY or MM/YYYY, not before the simulated month.
    case cardExpiry
    /// Three digits, four for American Express.
    case cardSecurityCode(card: FieldID)
    /// Required as soon as any of these fields has a value (an optional group such as a card).
    case requiredWithAny([FieldID])
}
