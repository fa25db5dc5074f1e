import WizardEngine

/// County lists by state. Only Massachusetts, the notice's state, has one so far; the form lets
/// other states through without a county rather than blocking them.
enum CountyLists {
    static let massachusetts = [
        "Barnstable", "Berkshire", "Bristol", "Dukes", "Essex", "Franklin", "Hampden", "Hampshire",
        "Middlesex", "Nantucket", "Norfolk", "Plymouth", "Suffolk", "Worcester",
    ]

    static let byState: [String: [ChoiceOption]] = [
        "MA": massachusetts.map { ChoiceOption($0) },
    ]

    /// States that have a list, for showing the list or a note instead.
    static var statesWithLists: [String] { Array(byState.keys).sorted() }
}
