import WizardEngine

/// E-filing request, step 4: the E-Filing Terms of Use, two check boxes, Submit.
enum EFileTermsPage {
    static let page = Page(
        id: LinkPages.eFileTerms, step: 4, title: "E-File Registration: Terms of Use",
        address: EFileSite.address, menuBar: EFileSite.menuBar,
        instruction: "Read the E-Filing Terms of Use, tick both boxes and click Submit.",
        blocks: [
            .text("In short (practice summary, not the official text):"),
            .text("• Your login is your signature: only you may file with it, and staff who file need logins of their own."),
            .text("• You follow the court's local rules and e-filing procedures, and redact personal details."),
            .text("• Keep your email address current: notices and service reach you by email."),
            .field(Field(LinkFields.termsAgree, "Terms of Use",
                         .checkBox("I have read the E-Filing Terms of Use and will follow them and the court's rules."),
                         required: true, rules: [.mustBeChecked])),
            .field(Field(LinkFields.termsService, "Electronic service",
                         .checkBox("I agree to receive notice and service electronically, by email."),
                         required: true, rules: [.mustBeChecked])),
        ],
        next: LinkPages.eFilePending,
        nextLabel: "Submit",
        hint: "Both boxes must be ticked (Space on each) before Submit works.",
        helpDesk: "If Submit does nothing, one of the two check boxes is still empty.",
        operation: .requestEFiling
    )
}
