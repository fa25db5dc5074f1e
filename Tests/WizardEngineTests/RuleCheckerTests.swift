import Testing
@testable import WizardEngine

/// One of each rule, for the tests that go through them all.
private let everyRule: [Rule] = [
    .minLength(3), .personName, .dateOfBirth, .postalCode(country: "country"), .phone, .email,
    .matches("email", what: "Email"), .differsFrom("question1", what: "the first question"),
    .federalTaxID, .username, .password(username: "username"), .mustBeChecked, .cardNumber,
    .cardExpiry, .cardSecurityCode(card: "card"), .requiredWithAny(["card", "expiry"]),
]

/// Every `Rule`: at least one value it accepts and one it refuses, and every refusal names the
/// field's label so a caller can be told which field to change.
@Suite struct RuleCheckerTests {
    static let today = CivilDate(year: 2021, month: 10, day: 4)!

    static func context(_ answers: [FieldID: String] = [:]) -> FactContext {
        FactContext(answers: answers, today: today, court: .massachusetts, seed: 0)
    }

    /// The problem `rule` finds with `value` in a field called `label`.
    static func check(_ rule: Rule, _ value: String, label: String = "Field X",
                      answers: [FieldID: String] = [:]) -> String? {
        let field = Field("x", label, .text(maxLength: 100))
        return RuleChecker.problem(rule, value: value, field: field, context: context(answers))
    }

    /// Expects `value` to be refused with a message naming the label; returns the message.
    @discardableResult
    static func expectRefused(_ rule: Rule, _ value: String, label: String = "Field X",
                              answers: [FieldID: String] = [:],
                              sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let message = check(rule, value, label: label, answers: answers)
        #expect(message != nil, "\(rule) should refuse \"\(value)\"", sourceLocation: sourceLocation)
        #expect(message?.contains(label) == true, "the message names \"\(label)\": \(message ?? "nil")",
                sourceLocation: sourceLocation)
        return message ?? ""
    }

    static func expectAccepted(_ rule: Rule, _ value: String, answers: [FieldID: String] = [:],
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let message = check(rule, value, answers: answers)
        #expect(message == nil, "\(rule) should accept \"\(value)\": \(message ?? "")", sourceLocation: sourceLocation)
    }

    // MARK: Empty values

    @Test(arguments: everyRule)
    func anEmptyValuePassesEveryRuleButTheTwoAboutPresence(rule: Rule) {
        let answers: [FieldID: String] = ["email": "a@b.com", "question1": "q", "card": "4111111111111111"]
        let message = Self.check(rule, "", answers: answers)
        switch rule {
        case .mustBeChecked, .requiredWithAny:
            #expect(message != nil)
        default:
            #expect(message == nil)
        }
    }

    @Test(arguments: everyRule)
    func everyRuleHasASummaryForHelp(rule: Rule) {
        #expect(!RuleChecker.summary(rule).isEmpty)
    }

    // MARK: One rule at a time

    @Test func minLength() {
        Self.expectAccepted(.minLength(3), "abc")
        Self.expectAccepted(.minLength(3), "日本語")
        let message = Self.expectRefused(.minLength(3), "ab", label: "Nickname")
        #expect(message == "Nickname must have at least 3 characters.")
    }

    @Test func personName() {
        for name in ["Ann", "José", "Jose\u{301}", "O'Brien-Smith Jr.", "D’Arcy", "山田", "Ann Marie"] {
            Self.expectAccepted(.personName, name)
        }
        for name in ["Ann3", "---", "Ann_Lee", "Ann@Lee", "  "] {
            Self.expectRefused(.personName, name, label: "Last Name")
        }
        #expect(Self.check(.personName, "R2D2", label: "First Name")
            == "First Name may use letters, spaces, hyphens, apostrophes and periods only.")
    }

    @Test func dateOfBirth() {
        Self.expectAccepted(.dateOfBirth, "04/17/1980")
        Self.expectAccepted(.dateOfBirth, "10/03/2021") // the day before today
        Self.expectAccepted(.dateOfBirth, "02/29/2000")
        let label = "Date of Birth"
        #expect(Self.expectRefused(.dateOfBirth, "02/30/1980", label: label)
            == "Date of Birth must be a real date written MM/DD/YYYY, e.g. 04/17/1980.")
        Self.expectRefused(.dateOfBirth, "1980-04-17", label: label)
        Self.expectRefused(.dateOfBirth, "4/17/1980", label: label)
        Self.expectRefused(.dateOfBirth, "02/29/2001", label: label)
        #expect(Self.expectRefused(.dateOfBirth, "10/04/2021", label: label)
            == "Date of Birth must be before today (10/04/2021).")
        Self.expectRefused(.dateOfBirth, "01/01/2030", label: label)
        #expect(Self.expectRefused(.dateOfBirth, "12/31/1899", label: label) == "Date of Birth must be after 1900.")
    }

    @Test func postalCode() {
        let rule = Rule.postalCode(country: "country")
        Self.expectAccepted(rule, "02210")
        Self.expectAccepted(rule, "02210-3002")
        Self.expectAccepted(rule, "02210", answers: ["country": RuleChecker.unitedStates])
        Self.expectAccepted(rule, "K1A 0B1", answers: ["country": "Canada"])
        for zip in ["0221", "022100", "02210-300", "0221O", "02210 3002"] {
            Self.expectRefused(rule, zip, label: "Zip/Postal Code")
        }
        Self.expectRefused(rule, "K1A 0B1", label: "Zip/Postal Code", answers: ["country": RuleChecker.unitedStates])
    }

    @Test func phone() {
        for number in ["617-555-0142", "(617) 555-0142", "617.555.0142", "+1 617 555 0142", "16175550142"] {
            Self.expectAccepted(.phone, number)
        }
        for number in ["555-0142", "617-555-O142", "26175550142", "617-555-01423", "617/555/0142"] {
            Self.expectRefused(.phone, number, label: "Primary Phone")
        }
    }

    @Test func email() {
        for address in ["ann@example.com", "ann.lee+1@mail.example.org", "a@b.co"] {
            Self.expectAccepted(.email, address)
        }
        for address in ["ann@example", "ann example@x.com", "@example.com", "ann@@example.com",
                        "ann@example.c", "ann@example.c0m", "ann@.com", "ann"] {
            Self.expectRefused(.email, address, label: "Email")
        }
    }

    @Test func matches() {
        let rule = Rule.matches("email", what: "Email")
        let answers: [FieldID: String] = ["email": "ann@example.com"]
        Self.expectAccepted(rule, "ann@example.com", answers: answers)
        #expect(Self.expectRefused(rule, "ann@example.org", label: "Confirm Email", answers: answers)
            == "Confirm Email does not match Email.")
        Self.expectRefused(rule, "ANN@example.com", label: "Confirm Email", answers: answers)
    }

    @Test func differsFrom() {
        let rule = Rule.differsFrom("question1", what: "the first question")
        let answers: [FieldID: String] = ["question1": "pet"]
        Self.expectAccepted(rule, "street", answers: answers)
        Self.expectAccepted(rule, "street")
        #expect(Self.expectRefused(rule, "pet", label: "Security Question 2", answers: answers)
            == "Security Question 2 must be different from the first question.")
    }

    @Test func federalTaxID() {
        Self.expectAccepted(.federalTaxID, "12-3456789")
        Self.expectAccepted(.federalTaxID, "123456789")
        for id in ["12-345678", "1-23456789", "12 3456789", "AB-3456789", "12-34567890", "123-456789"] {
            Self.expectRefused(.federalTaxID, id, label: "Federal Tax ID")
        }
    }

    @Test func username() {
        for name in ["annlee2021", "ann.lee_1", "ann-lee@firm", "ABCDEFGH"] {
            Self.expectAccepted(.username, name)
        }
        #expect(Self.expectRefused(.username, "annlee", label: "Username")
            == "Username must have at least 8 characters (it has 6).")
        #expect(Self.expectRefused(.username, "ann lee 2021", label: "Username")
            == "Username may use the letters A–Z, digits and . _ - @ only.")
        Self.expectRefused(.username, "josé2021x", label: "Username")
    }

    @Test func aLegacyUsernameGetsTheLegacyMessage() {
        #expect(RuleChecker.isLegacyUsername("lp1234"))
        #expect(!RuleChecker.isLegacyUsername("LP1234"))
        #expect(!RuleChecker.isLegacyUsername("lpq123"))
        #expect(!RuleChecker.isLegacyUsername("lp12345"))
        #expect(Self.expectRefused(.username, "lp1234", label: "Username")
            == "Username: \"lp1234\" is a legacy 6-character username; new ones need at least 8 characters.")
        // Six characters that are not the legacy pattern get the plain length message.
        #expect(Self.check(.username, "abcdef", label: "Username") == "Username must have at least 8 characters (it has 6).")
    }

    @Test func passwordLength() {
        let rule = Rule.password(username: "username")
        Self.expectAccepted(rule, "Abcdef1!")
        Self.expectAccepted(rule, "Aa1" + String(repeating: "x", count: 42)) // 45
        #expect(Self.expectRefused(rule, "Ab1!xyz", label: "Password")
            == "Password must have 8 to 45 characters (it has 7).")
        #expect(Self.expectRefused(rule, "Aa1" + String(repeating: "x", count: 43), label: "Password")
            == "Password must have 8 to 45 characters (it has 46).")
    }

    @Test func passwordClasses() {
        let rule = Rule.password(username: "username")
        Self.expectAccepted(rule, "correct Horse battery")
        Self.expectAccepted(rule, "Sécurité2021")
        #expect(Self.expectRefused(rule, "secret#2021", label: "Password") == "Password needs an upper-case letter.")
        #expect(Self.expectRefused(rule, "SECRET#2021", label: "Password") == "Password needs a lower-case letter.")
        #expect(Self.expectRefused(rule, "SecretWord", label: "Password") == "Password needs a digit or symbol.")
        #expect(Self.expectRefused(rule, "password", label: "Password")
            == "Password needs an upper-case letter and a digit or symbol.")
        #expect(Self.expectRefused(rule, "12345678", label: "Password")
            == "Password needs an upper-case letter and a lower-case letter.")
    }

    @Test func passwordMustNotContainTheUsername() {
        let rule = Rule.password(username: "username")
        let answers: [FieldID: String] = ["username": "annlee2021"]
        Self.expectAccepted(rule, "Secret#2021", answers: answers)
        #expect(Self.expectRefused(rule, "Xannlee2021!", label: "Password", answers: answers)
            == "Password must not contain the username.")
        Self.expectRefused(rule, "ANNLEE2021x", label: "Password", answers: answers)
        // A username too short to matter is not looked for.
        Self.expectAccepted(rule, "Abcdef1!", answers: ["username": "ab"])
    }

    @Test func mustBeChecked() {
        Self.expectAccepted(.mustBeChecked, Field.checkedValue)
        #expect(Self.expectRefused(.mustBeChecked, "", label: "User Verification") == "Tick \"User Verification\" to go on.")
        Self.expectRefused(.mustBeChecked, "no", label: "User Verification")
    }

    @Test func cardNumberAcceptsTestCards() {
        for number in ["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111",
                       "378282246310005", "5555 5555 5555 4444", "6011 1111 1111 1117"] {
            Self.expectAccepted(.cardNumber, number)
        }
    }

    @Test func cardNumberRefusesTyposAndShortNumbers() {
        #expect(Self.expectRefused(.cardNumber, "4111 1111 1111 1112", label: "Card Number")
            == "Card Number fails the card-number check digit: look for a typo.")
        #expect(Self.expectRefused(.cardNumber, "4111", label: "Card Number") == "Card Number must be 13 to 19 digits.")
        Self.expectRefused(.cardNumber, "4111 1111 1111 111x", label: "Card Number")
        Self.expectRefused(.cardNumber, "41111111111111111111", label: "Card Number")
    }

    @Test func cardNumberRefusesARealLookingNumberWithTheRehearsalMessage() {
        let number = "4000056655665556"
        #expect(Luhn.isValid(number), "the number passes the check digit, so only the test-card list refuses it")
        #expect(!TestCards.isTestNumber(number))
        let message = Self.check(.cardNumber, number, label: "Card Number")
        #expect(message?.contains("this is a rehearsal, so use a test card") == true, "\(message ?? "")")
        #expect(message?.contains("4111 1111 1111 1111") == true)
        // Like every other message, it names the field (RuleChecker's own contract).
        #expect(message?.contains("Card Number") == true, "message: \(message ?? "nil")")
    }

    @Test func cardExpiryIsRelativeToTheSimulatedToday() {
        // Today is 2021-10-04: October 2021 is still good, September 2021 is not.
        for expiry in ["10/21", "10/2021", "11/21", "01/22", "12/2030"] {
            Self.expectAccepted(.cardExpiry, expiry)
        }
        #expect(Self.expectRefused(.cardExpiry, "09/21", label: "Expiration Date")
            == "Expiration Date: the card has expired; it must be this month or later.")
        Self.expectRefused(.cardExpiry, "12/2020", label: "Expiration Date")
        #expect(Self.expectRefused(.cardExpiry, "13/25", label: "Expiration Date")
            == "Expiration Date must be written MM/YY, e.g. 08/27.")
        for malformed in ["1/25", "00/25", "08/7", "08/027", "0825", "08-25", "08/25/01"] {
            Self.expectRefused(.cardExpiry, malformed, label: "Expiration Date")
        }
    }

    @Test func cardExpiryRefusesSignsInPlaceOfDigits() {
        // "+1" is two characters and Int("+1") is 1, so a sign slips through as a month.
        #expect(Self.check(.cardExpiry, "+1/30", label: "Expiration Date")
            == "Expiration Date must be written MM/YY, e.g. 08/27.")
        #expect(Self.check(.cardExpiry, "+1/2030", label: "Expiration Date")
            == "Expiration Date must be written MM/YY, e.g. 08/27.")
    }

    @Test func cardExpiryMovesWithToday() {
        let field = Field("x", "Expiration Date", .text(maxLength: 7))
        let later = FactContext(answers: [:], today: CivilDate(year: 2022, month: 2, day: 1)!,
                                court: .massachusetts, seed: 0)
        #expect(RuleChecker.problem(.cardExpiry, value: "01/22", field: field, context: Self.context()) == nil)
        #expect(RuleChecker.problem(.cardExpiry, value: "01/22", field: field, context: later) != nil)
    }

    @Test func securityCodeHasFourDigitsForAmericanExpress() {
        let rule = Rule.cardSecurityCode(card: "card")
        let amex: [FieldID: String] = ["card": "3782 822463 10005"]
        Self.expectAccepted(rule, "1234", answers: amex)
        #expect(Self.expectRefused(rule, "123", label: "Security Code", answers: amex)
            == "Security Code must be 4 digits.")

        let visa: [FieldID: String] = ["card": "4111 1111 1111 1111"]
        Self.expectAccepted(rule, "123", answers: visa)
        #expect(Self.expectRefused(rule, "1234", label: "Security Code", answers: visa)
            == "Security Code must be 3 digits.")
        Self.expectRefused(rule, "12a", label: "Security Code", answers: visa)
        // No card number yet: three digits, the common case.
        Self.expectAccepted(rule, "123")
    }

    @Test func requiredWithAny() {
        let rule = Rule.requiredWithAny(["card", "expiry"])
        Self.expectAccepted(rule, "")
        Self.expectAccepted(rule, "", answers: ["card": "", "expiry": ""])
        Self.expectAccepted(rule, "123", answers: ["card": "4111 1111 1111 1111"])
        #expect(Self.expectRefused(rule, "", label: "Security Code", answers: ["expiry": "08/27"])
            == "Security Code is needed once any card detail is entered (or clear them all to pay later).")
    }

    // MARK: Through a page

    @Test func aPageChecksRequiredBeforeRulesAndNamesTheControl() {
        let page = MiniJourney.form
        let context = Self.context()
        #expect(page.problem(with: page.field("firstName")!, in: context) == "First Name is required.")
        #expect(page.problem(with: page.field("userType")!, in: context) == "Choose a User Type.")
        #expect(page.problem(with: page.field("verify")!, in: context) == "Tick \"Verify\" to go on.")
        #expect(page.problem(with: page.field("suggest")!, in: context) == nil)
        #expect(page.problem(with: page.field("middleName")!, in: context) == nil)
        let filled = Self.context(["firstName": "Ann3"])
        #expect(page.problem(with: page.field("firstName")!, in: filled)
            == "First Name may use letters, spaces, hyphens, apostrophes and periods only.")
    }

    @Test func problemsAreListedInPageOrderForShownFieldsOnly() {
        let page = MiniJourney.form
        let ids = page.problems(in: Self.context()).map { $0.0 }
        #expect(ids == ["firstName", "lastName", "email", "confirmEmail", "userType", "state", "username",
                        "password", "verify"])
        let lawFirm = page.problems(in: Self.context(["userType": "lawFirm", "state": "MA"])).map { $0.0 }
        #expect(lawFirm == ["firstName", "lastName", "email", "confirmEmail", "taxID", "county", "username",
                            "password", "verify"])
    }
}
