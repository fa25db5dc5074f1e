/// One page of a flow diagram, labelled the way a handout reads it: "step n: title".
public struct FlowNode: Hashable, Sendable {
    public let page: PageID
    public let journey: JourneyID
    /// The notice's step the page rehearses; 0 for the start page, which has no steps.
    public let step: Int
    /// The notice's name for that step ("Choose the kind of account"), empty for step 0.
    public let stepTitle: String
    /// The page's own heading.
    public let title: String

    public init(page: Page, in journey: Journey) {
        self.page = page.id
        self.journey = journey.id
        self.step = page.step
        self.stepTitle = page.step >= 1 && page.step <= journey.steps.count ? journey.steps[page.step - 1] : ""
        self.title = page.title
    }

    /// What the box says.
    public var label: String { step > 0 ? "step \(step): \(title)" : "start: \(title)" }

    /// The heading of the group the node sits in.
    public var groupLabel: String { step > 0 ? "Step \(step): \(stepTitle)" : "Start" }
}
