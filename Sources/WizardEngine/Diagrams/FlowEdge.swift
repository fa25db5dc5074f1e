/// One way from a page to another: the control that leads there and what kind of control it is,
/// so each format can draw the kinds apart (a back-end branch dashed, another journey bold).
public struct FlowEdge: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// The page's Next (or Submit, Continue …) button.
        case next
        /// A link or a button in the page's body.
        case link
        /// An item of the site's menu bar, when the page lets it be chosen.
        case menu
        /// Another tab of the same tab strip.
        case tab
        /// The mock back end's answer sends the person elsewhere (a likely duplicate account).
        case branch
        /// Leaves for another journey's first page.
        case journey
        /// The button that ends the journey successfully.
        case finish
    }

    public let from: PageID
    /// The target page; nil for `.finish`, which ends the journey.
    public let to: PageID?
    public let kind: Kind
    /// The control's title ("Register for a PACER account", "Submit: likely duplicate").
    public let label: String
    /// Whether the control is shown only when some answer or fact holds.
    public let isConditional: Bool

    public init(from: PageID, to: PageID?, kind: Kind, label: String, isConditional: Bool = false) {
        self.from = from
        self.to = to
        self.kind = kind
        self.label = label
        self.isConditional = isConditional
    }
}
