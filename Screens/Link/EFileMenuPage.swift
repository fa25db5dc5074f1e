import WizardEngine

/// E-filing request, step 2: PACER's Manage My Account, Maintenance tab, where a person with no
/// CM/ECF account at the court asks for e-filing rights.
enum EFileMenuPage {
    static let page = Page(
        id: LinkPages.eFileMenu, step: 2, title: "Manage My Account: E-File Registration",
        address: EFileSite.address, menuBar: EFileSite.menuBar,
        instruction: "On the Maintenance tab, click Attorney Admissions / E-File Registration.",
        blocks: [
            .text("E-filing rights are asked for in PACER's Manage My Account, not in CM/ECF. You are still logged in as {account.username} ({account.number})."),
            .heading("Maintenance"),
            .field(Field(LinkFields.attorneyRegistration, "Attorney Admissions / E-File Registration",
                         .link(.goTo(LinkPages.eFileCourt)))),
            .field(Field(LinkFields.nonAttorneyRegistration, "Non-Attorney E-File Registration", .link(.notThisOne(
                "Non-Attorney E-File Registration is for pro se filers, trustees, creditors and other non-attorneys, who pick a Role in Court. This rehearsal follows the attorney request.")))),
            .field(Field(LinkFields.checkStatus, "Check E-File Status", .link(.notThisOne(
                "Check E-File Status shows requests already sent and whether a court has approved them.")))),
            .field(Field(LinkFields.registeredCourts, "Display Registered Courts", .link(.notThisOne(
                "Display Registered Courts lists the courts where this account may already file.")))),
        ],
        next: nil,
        chooseALinkMessage: "Choose \"Attorney Admissions / E-File Registration\" to go on.",
        hint: "Attorneys take the first link. Non-attorneys have their own form, with a Role in Court list.",
        helpDesk: "Send the caller to Manage My Account, Maintenance tab, Attorney Admissions / E-File Registration."
    )
}

/// The address and menu bar of the e-filing request's PACER pages.
enum EFileSite {
    static let address = "pacer.psc.uscourts.gov/pscof/manage/maintenance"
    static let menuBar = PACERSite.menuBar(leadsTo: [:]).with(current: PACERSite.accountItem)
}
