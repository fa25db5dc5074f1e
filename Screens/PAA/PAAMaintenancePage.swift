import WizardEngine

/// Step 4: the PAA's own Manage My Account, with its tabs; "Add Existing PACER Account to My PAA"
/// leads on.
enum PAAMaintenancePage {
    static let onMaintenance = Condition.equals(PAAFields.tab, PAAFields.maintenanceTab)
    static let onUsage = Condition.equals(PAAFields.tab, PAAFields.usageTab)
    static let onSettings = Condition.equals(PAAFields.tab, PAAFields.settingsTab)

    static let page = Page(
        id: PAAPages.maintenance, step: 4, title: "Manage My PAA",
        address: PAASite.manage, menuBar: PAASite.accountBar,
        instruction: "On the PAA Maintenance tab, click \"Add Existing PACER Account to My PAA\".",
        blocks: [
            .text("Account {account.number} · {account.userType} · administrator {account.name}"),
            .text("This login is not a PACER Administrative Account, so it has no members to manage. Go Back and log in with the PAA's own username.",
                  .warning, when: .not(.account(.administrative))),
            .field(Field(PAAFields.tab, "Tabs", .tabStrip([PAAFields.maintenanceTab, PAAFields.usageTab, PAAFields.settingsTab]),
                         help: "← → change the tab.")),
            .field(Field(PAAFields.addMember, "Add Existing PACER Account to My PAA", .link(.goTo(PAAPages.add))),
                   when: onMaintenance),
            .field(Field(PAAFields.removeMembers, "Remove PACER Account(s) from My PAA", .link(.notThisOne(
                "Remove takes members off the central bill: a remark and a check box per account. Their accounts carry on, billed to themselves."))),
                   when: onMaintenance),
            .field(Field(PAAFields.listMembers, "View PAA Members", .link(.notThisOne(
                "The member list shows who has joined and who has not yet accepted."))), when: onMaintenance),
            .field(Field(PAAFields.updateDetails, "Update PAA Information", .link(.notThisOne(
                "Update PAA Information changes the firm's address, phone and email."))), when: onMaintenance),
            .field(Field(PAAFields.invoice, "View Quarterly Invoice", .link(.notThisOne(
                "The quarterly invoice is the one central bill, itemised per member. No bill is sent for $30 or less in a quarter."))),
                   when: onUsage),
            .field(Field(PAAFields.transactions, "View Detailed Transactions", .link(.notThisOne(
                "Detailed transactions list each member's searches and pages, with client codes."))), when: onUsage),
            .field(Field(PAAFields.clientCodes, "Set Client Code Options", .link(.notThisOne(
                "Client codes (up to 32 characters) label charges by client or matter; the PAA can make them mandatory for every member."))),
                   when: onSettings),
            .field(Field(PAAFields.changePassword, "Change Password", .link(.notThisOne(
                "Change Password changes the PAA administrator's password."))), when: onSettings),
            .field(Field(PAAFields.billingEmail, "Update PACER Billing Email", .link(.notThisOne(
                "The billing email receives the PAA's invoices."))), when: onSettings),
        ],
        next: nil,
        chooseALinkMessage: "On the PAA Maintenance tab, choose \"Add Existing PACER Account to My PAA\".",
        hint: "The tab strip changes with ← →. The link you need is the first one on the PAA Maintenance tab.",
        helpDesk: "Send the administrator to PAA Maintenance, \"Add Existing PACER Account to My PAA\"; the member needs their 7-digit account number."
    )
}
