/// How a scenario knows its task is done.
public enum ExpectedOutcome: Hashable, Sendable {
    /// The journey's last page was finished.
    case journeyCompleted
    /// This page was reached.
    case reached(PageID)

    public func isMet(by state: WizardState) -> Bool {
        switch self {
        case .journeyCompleted: state.isFinished
        case .reached(let page): state.page == page || state.visited.contains(page)
        }
    }
}
