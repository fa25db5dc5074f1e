/// Pages shown as the tabs of one web page (the upgrade's Person, Address and Security), with a
/// strip that says which tab is current and which are done or have problems.
public struct TabGroup: Sendable {
    public struct Tab: Sendable {
        public let title: String
        public let page: PageID
        public init(_ title: String, _ page: PageID) {
            self.title = title
            self.page = page
        }
    }

    public let tabs: [Tab]
    public init(_ tabs: [Tab]) { self.tabs = tabs }
}
