/// What a link, a menu item or a button does when chosen.
public enum Action: Hashable, Sendable {
    /// Leads to another page of the journey.
    case goTo(PageID)
    /// Records a choice (e.g. the kind of account) and stays on the page.
    case choose(FieldID, String)
    /// A choice that is not the one the step asks for; the message says what it is for instead.
    case notThisOne(String)
    /// Fills the username field with a suggestion made from the person's first and last names.
    case suggestUsername(into: FieldID, first: FieldID, last: FieldID)
}
