import WizardEngine

/// Step 4, Address tab: the address PACER already has, to check, and the County, to choose.
enum UpgradeAddressPage {
    typealias F = UpgradeFields

    static let page = Page(
        id: UpgradePages.address, step: 4, title: "Upgrade PACER Account",
        address: UpgradePages.upgradeAddress, menuBar: UpgradePages.accountMenuBar,
        instruction: "Address tab: check the address and update it if needed, then choose your County. Click Next.",
        blocks: [
            .field(Field(F.street, "Address", .text(maxLength: 60), required: true, default: "{account.street}")),
            .field(Field(F.city, "City", .text(maxLength: 40), required: true, default: "{account.city}")),
            .field(Field(F.state, "State", .choice(.fixed(USStates.options), placeholder: "Select State"), required: true,
                         help: "Type a letter to jump to the states starting with it; Left and Right step through the list.",
                         default: "{account.state}")),
            .field(Field(F.county, "County", .choice(.dependsOn(F.state, CountyLists.byState), placeholder: "Select County"),
                         required: true, help: "Legacy accounts have no county on file: choose yours. The list follows the State."),
                   when: .oneOf(F.state, CountyLists.statesWithLists)),
            .text("County: no list for this state in the practice version; leave it.", .note,
                  when: .all([.notEmpty(F.state), .not(.oneOf(F.state, CountyLists.statesWithLists))])),
            .field(Field(F.zip, "Zip/Postal Code", .text(maxLength: 10, width: 10), required: true,
                         rules: [.postalCode(country: F.country)], default: "{account.zip}")),
            .field(Field(F.country, "Country", .choice(.fixed(Countries.options), placeholder: "Select Country"),
                         required: true, default: RuleChecker.unitedStates)),
        ],
        next: UpgradePages.security,
        hint: "The address comes from the account; only the County is new. Press Right on County to step through the list.",
        helpDesk: "The County list appears once a State is chosen; legacy accounts have no county yet, so the caller must pick one.",
        mistakes: [
            "No County list: choose the State first; the County list follows it.",
            "County left empty: legacy accounts have none on file, so one must be chosen before Submit goes through.",
        ],
        tabs: UpgradePages.tabs
    )
}
