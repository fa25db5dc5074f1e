import WizardEngine

/// E-filing request, step 3: payment, optional, and needed only for an admission fee.
enum EFilePaymentPage {
    static let page = Page(
        id: LinkPages.eFilePayment, step: 3, title: "E-File Registration: Payment",
        address: EFileSite.address, menuBar: EFileSite.menuBar,
        instruction: "Payment is optional here. Add a note if you wish, then click Next.",
        blocks: [
            .text("E-filing rights alone cost nothing: leave this page empty and click Next.",
                  when: .not(.equals(LinkFields.registrationType, LinkFields.admissionsAndEFile))),
            .text("Admission to the court's bar may carry a fee. Some courts take it online with the request, others ask for it later: the court's admissions page says which.",
                  when: .equals(LinkFields.registrationType, LinkFields.admissionsAndEFile)),
            .text("Practice: no payment is taken in this rehearsal, and no card is asked for.", .note),
            .field(Field(LinkFields.paymentNote, "Note to the court", .text(maxLength: 80, width: 40), note: "optional",
                         help: "For example, that the firm will pay the admission fee by check.")),
        ],
        next: LinkPages.eFileTerms,
        hint: "Nothing is required here: press Next.",
        helpDesk: "Callers worried about a fee: e-filing alone is free; only admission to the bar may cost money, paid to the court."
    )
}
