import WizardEngine

/// Step 4: the member's account number and last name, a remark and the acknowledgement.
enum PAAAddMemberPage {
    static let page = Page(
        id: PAAPages.add, step: 4, title: "Add Existing PACER Account to My PAA",
        address: PAASite.manage, menuBar: PAASite.accountBar,
        instruction: "Enter the member's account number and last name, add a remark, tick the acknowledgement and click Submit.",
        blocks: [
            .text("The member finds the 7-digit account number above their username in Manage My Account."),
            .field(Field(PAAFields.accountNumber, "Account Number", .text(maxLength: 7, width: 10), required: true,
                         rules: [.minLength(7)], help: "Seven digits, e.g. 1618033. Practice member: Marta Kowalski, 1618033.")),
            .field(Field(PAAFields.memberLastName, "Last Name", .text(maxLength: 40), required: true, rules: [.personName],
                         help: "As on the member's account: it must match the account number.")),
            .field(Field(PAAFields.remark, "Remark", .text(maxLength: 60), note: "optional",
                         help: "A note for your own records, e.g. the member's office.")),
            .field(Field(PAAFields.acknowledge, "Acknowledgment",
                         .checkBox("I understand the member must accept, and that their PACER fees will then be billed to this PAA."),
                         required: true, rules: [.mustBeChecked])),
        ],
        next: PAAPages.pending,
        nextLabel: "Submit",
        hint: "Practice member: Marta Kowalski, account 1618033. Tick the box with Space, then Submit.",
        helpDesk: "\"Not found\" or \"do not match\": ask the member to read their account number and last name from Manage My Account.",
        mistakes: [
            "Number and last name do not match: read both from the member's Manage My Account (the 7-digit number above the username).",
            "The PAA's own number typed as the member: nobody can add themselves.",
            "Expecting the member at once: the member must accept the invitation in Manage My Account first.",
        ],
        operation: .addPAAMember(accountNumber: PAAFields.accountNumber, lastName: PAAFields.memberLastName)
    )
}
