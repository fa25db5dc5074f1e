import WizardEngine

/// Step 1, after the login: the redaction agreement every filer acknowledges.
enum RedactionPage {
    static let page = Page(
        id: LinkPages.redaction, step: 1, title: "Redaction Agreement",
        address: CMECFSite.address, menuBar: CMECFSite.unlinked,
        instruction: "Read the redaction notice, tick the box and click Continue.",
        blocks: [
            .text("Filers keep personal details out of the public record. In every document, show only the last four digits of a Social Security or taxpayer ID number, the year of a date of birth, a minor's initials, the last four digits of a financial account number and, in criminal cases, the city and state of a home address."),
            .text("The court does not check this for you: the filer is responsible.", .note),
            .field(Field(LinkFields.redactionUnderstood, "Redaction",
                         .checkBox("I understand that I must redact these details in every document I file."),
                         required: true, rules: [.mustBeChecked])),
        ],
        next: LinkPages.main,
        nextLabel: "Continue",
        hint: "Tick the box with Space, then press Continue (or Ctrl-N).",
        helpDesk: "This page follows every NextGen login for filers: the box must be ticked before the main page opens."
    )
}
