import WizardEngine

/// The court's NextGen CM/ECF site: its address and its menu bar, which gains the filing menus
/// (Civil, Criminal) once a CM/ECF account is linked to the PACER account.
enum CMECFSite {
    /// The court's CM/ECF address, filled from the court profile.
    static let address = "{courtAddress}"

    static let civil = "Civil"
    static let criminal = "Criminal"
    static let query = "Query"
    static let reports = "Reports"
    static let utilities = "Utilities"
    static let help = "Help"
    static let logOut = "Log Out"

    /// What each item is for, said when it is not the item the step asks for.
    static let purposes: [String: String] = [
        civil: "Civil opens the civil filing events: open a case, file a motion or a response.",
        criminal: "Criminal opens the criminal filing events.",
        query: "Query looks up a case in this court (PACER fees apply). Nothing to link there.",
        reports: "Reports lists dockets, calendars and other court reports. Nothing to link there.",
        utilities: "Utilities holds your account settings, including the link to your old CM/ECF account.",
        help: "Help opens the court's CM/ECF manuals. The link you need is under Utilities.",
        logOut: "Log Out ends the session. Stay logged in: the link is made from inside CM/ECF.",
    ]

    /// The bar of a district court: only the PACER menus before linking, the filing menus added after.
    static func menuBar(linked: Bool, leadsTo targets: [String: PageID] = [:], current: String? = nil,
                        isActive: Bool = false) -> MenuBar {
        let titles = (linked ? [civil, criminal] : []) + [query, reports, utilities, help, logOut]
        return MenuBar(items: titles.map { title in
            MenuBar.Item(title, targets[title].map { .goTo($0) } ?? .notThisOne(purposes[title] ?? title))
        }, current: current, isActive: isActive)
    }

    /// Before linking: Query, Reports, Utilities, Help, Log Out.
    static let unlinked = menuBar(linked: false)
    /// After linking at a district court: Civil and Criminal come first.
    static let linked = menuBar(linked: true)
}
