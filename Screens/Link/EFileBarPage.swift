import WizardEngine

/// E-filing request, step 3: the attorney's bar details.
enum EFileBarPage {
    static let page = Page(
        id: LinkPages.eFileBar, step: 3, title: "E-File Registration: Attorney Information",
        address: EFileSite.address, menuBar: EFileSite.menuBar,
        instruction: "Enter your bar information and how the court can reach you, then click Next.",
        blocks: [
            .text("Attorney: {account.name} (from the PACER account). Registration type: {value:link.efile.registrationType}."),
            .field(Field(LinkFields.barID, "Bar ID", .text(maxLength: 20, width: 20), required: true, rules: [.minLength(3)],
                         help: "The number your state bar gave you, e.g. a BBO number in Massachusetts. Practice: invent one.")),
            .field(Field(LinkFields.barState, "Bar State", .choice(.fixed(USStates.options), placeholder: "Select a state"),
                         required: true, help: "The state whose bar admitted you.")),
            .field(Field(LinkFields.firm, "Firm/Office", .text(maxLength: 60), note: "optional")),
            .field(Field(LinkFields.phone, "Business Phone", .text(maxLength: 20, width: 20), required: true, rules: [.phone])),
        ],
        next: LinkPages.eFilePayment,
        hint: "Bar ID and Bar State are required; a letter jumps through the state list (M, M, M… for Massachusetts).",
        helpDesk: "The court checks the bar details against the bar's records: a wrong Bar ID delays approval."
    )
}
