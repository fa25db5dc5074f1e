import WizardEngine

/// Step 6: payment, optional. Empty and Next is a normal path that ends with a mailed code.
enum PaymentPage {
    static let cardholder: FieldID = "cardholderName"
    static let cardNumber: FieldID = "cardNumber"
    static let expiry: FieldID = "cardExpiry"
    static let securityCode: FieldID = "cardSecurityCode"
    static let billingZip: FieldID = "billingZip"
    static let authorize: FieldID = "cardAuthorization"

    static let group: [FieldID] = [cardholder, cardNumber, expiry, securityCode, billingZip, authorize]

    static let page = Page(
        id: RegisterPages.payment, step: 6, title: "PACER Registration: Payment Information",
        address: PACERSite.registration, menuBar: PACERSite.menuBar.with(current: PACERSite.registerItem),
        instruction: "Enter payment information if you wish; a card is optional. To register without one, click Next with this page left empty.",
        blocks: [
            .text("With a card, case search works as soon as the account is made. Without one, PACER mails an activation code by U.S. mail in 7 to 10 business days: registering on {today}, expect it between {letterEarliest} and {letterLatest}."),
            .text("Rehearsal: only published test card numbers work here, such as 4111 1111 1111 1111. Never type a real card.", .warning),
            .field(Field(cardholder, "Name on Card", .text(maxLength: 60), rules: [.requiredWithAny(group), .personName])),
            .field(Field(cardNumber, "Card Number", .cardNumber, rules: [.requiredWithAny(group), .cardNumber])),
            .field(Field(expiry, "Expiration Date", .text(maxLength: 7, width: 7, placeholder: "MM/YY"),
                         rules: [.requiredWithAny(group), .cardExpiry])),
            .field(Field(securityCode, "Security Code", .secret(maxLength: 4, width: 4),
                         rules: [.requiredWithAny(group), .cardSecurityCode(card: cardNumber)],
                         help: "The 3 digits on the back of the card (4 on the front of an American Express).")),
            .field(Field(billingZip, "Billing Zip Code", .text(maxLength: 10, width: 10),
                         rules: [.requiredWithAny(group), .postalCode(country: RegistrationFormFields.country)])),
            .field(Field(authorize, "Authorization", .checkBox("I authorize PACER to charge this card for PACER fees"),
                         rules: [.requiredWithAny(group)])),
        ],
        next: RegisterPages.policies,
        hint: "To skip payment, leave every field empty and press Ctrl-N. To pay, a test number such as 4111 1111 1111 1111 with a future expiry works.",
        helpDesk: "A card is optional. Without one the caller waits 7 to 10 business days for the activation letter; with one, access is immediate.",
        mistakes: [
            "Thinking a card is required: leave every field empty and press Next; the activation code then comes by U.S. mail in 7 to 10 business days.",
            "A card refused: check the expiry (MM/YY, not past), the security code (3 digits, 4 for American Express) and the Authorization box.",
            "Half a card typed: once any card detail is entered all of them are needed; clear them all to register without a card.",
        ],
        operation: .chargeCard(cardNumber)
    )
}
