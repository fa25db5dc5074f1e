/// What a link, a menu item or a button does when chosen.
public enum Action: Hashable, Sendable {
    /// Leads to another page of the journey.
    case goTo(PageID)
    /// Records a choice (e.g. the kind of account) and stays on the page.
    case choose(FieldID, String)
    /// A choice that is not the one the step asks for; the message says what it is for instead.
    case notThisOne(String)
    /// Asks the mock back end, then goes to `then` if it agrees (a Log Out link, a Continue button).
    case run(Operation, then: PageID)
    /// Leaves this journey for another (the start page's triage).
    case startJourney(JourneyID)
    /// Fills the username field with a suggestion made from the person's first and last names.
    case suggestUsername(into: FieldID, first: FieldID, last: FieldID)
}
