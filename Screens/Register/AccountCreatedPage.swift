import WizardEngine

/// Step 8: the account exists; what happens next depends on the card and the go-live date.
enum AccountCreatedPage {
    static let page = Page(
        id: RegisterPages.created, step: 8, title: "PACER Registration Complete",
        address: PACERSite.registration, menuBar: PACERSite.menuBar.with(current: PACERSite.registerItem),
        instruction: "Your account has been created. Note the account number and what happens next.",
        blocks: [
            .text("Your PACER account has been created (practice).", .success),
            .text("Account number: {created.number}\nUsername: {created.username}"),
            .text("You gave a card, so case search works now.",
                  when: .all([.notEmpty(PaymentPage.cardNumber), .not(.created(.caseSearchInactive))])),
            .text("No card was given: case search opens once you enter the activation code that comes by U.S. mail. Expect the letter between {letterEarliest} and {letterLatest} (7 to 10 business days after {today}).",
                  when: .created(.awaitingActivation)),
            .text("Case search status: Inactive. Your name, date of birth and email all match an existing account, so PACER made this one inactive; call the Service Center ({phone}) to sort out which account to keep.",
                  .warning, when: .created(.caseSearchInactive)),
            .text("Your email has a plus sign (+), so PACER may hold the request for review before the account works.",
                  .note, when: .contains(RegistrationFormFields.email, "+")),
            .text("You will link this account to your CM/ECF filing account through CM/ECF on {goLive}, when the court moves to NextGen.",
                  when: .beforeGoLive),
            .text("The court moved to NextGen on {goLive}: link the accounts now in CM/ECF, under Utilities, \"Link a CM/ECF account to my PACER account\".",
                  when: .not(.beforeGoLive)),
            .text("A PACER account searches; it does not by itself let you file. E-filing rights are asked for separately.", .note),
            .text("Questions about the account: PACER Service Center, {phone}.", .note),
        ],
        next: RegisterPages.questions,
        hint: "Nothing to fill in. Write down the account number, then press Next.",
        helpDesk: "Ask the caller to note the 7-digit account number; it identifies the account when they call."
    )
}
