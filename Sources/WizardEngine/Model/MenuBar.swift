/// The web site's menu bar, drawn on every page of a site so the page looks like the real one.
public struct MenuBar: Sendable {
    public struct Item: Sendable {
        public let title: String
        /// What choosing the item does when the bar is active.
        public let action: Action
        public init(_ title: String, _ action: Action) {
            self.title = title
            self.action = action
        }
    }

    public let items: [Item]
    /// The item drawn as the current section.
    public let current: String?
    /// Whether the items can be focused and chosen on this page (step 2 of registration).
    public let isActive: Bool

    public init(items: [Item], current: String? = nil, isActive: Bool = false) {
        self.items = items
        self.current = current
        self.isActive = isActive
    }

    /// The same bar with another current item or activity.
    public func with(current: String?, isActive: Bool = false) -> MenuBar {
        MenuBar(items: items, current: current, isActive: isActive)
    }
}
