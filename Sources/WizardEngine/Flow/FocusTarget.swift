/// What has the keyboard focus: a menu item, a field, or one of the page's Back/Next buttons.
///
/// Focus is kept by name rather than by position so it stays put when a field appears or
/// disappears above it (the County list after a State is chosen).
public enum FocusTarget: Hashable, Sendable {
    case menu(Int)
    /// A tab of the page's tab group.
    case tab(Int)
    case field(FieldID)
    case backButton
    case nextButton
}
