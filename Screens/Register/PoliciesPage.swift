import WizardEngine

/// Step 7: the policies to read and acknowledge before Submit.
enum PoliciesPage {
    static let acknowledgment: FieldID = "policyAcknowledgment"

    static let page = Page(
        id: RegisterPages.policies, step: 7, title: "PACER Policies and Procedures",
        address: PACERSite.registration, menuBar: PACERSite.menuBar.with(current: PACERSite.registerItem),
        instruction: "Read and acknowledge the policies and procedures, then click Submit.",
        blocks: [
            .text("""
                In short (practice summary, not the official text):
                • Your account is yours alone. Do not share the username or password; staff who file need accounts of their own.
                • Access costs $0.10 a page, at most $3.00 for one document or case-specific report. A search that finds nothing still costs $0.10. Judicial opinions are free.
                • No bill is sent for a quarter with $30 or less of charges.
                • Keep your contact details current, and use the records only as the law allows.
                """),
            .field(Field(acknowledgment, "Acknowledgment", .checkBox("I have read and accept the PACER policies and procedures"),
                         required: true, rules: [.mustBeChecked])),
        ],
        next: RegisterPages.created,
        nextLabel: "Submit",
        hint: "Tick the box with Space, then Submit (Enter on Submit, or Ctrl-N).",
        helpDesk: "The caller must tick the acknowledgment box before Submit works.",
        operation: .register(RegistrationFields(), duplicateWarning: RegisterPages.duplicate)
    )
}
