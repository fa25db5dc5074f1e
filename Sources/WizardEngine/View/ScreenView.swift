/// What is on screen, as meaning rather than cells: the page's chrome, its body, its buttons,
/// the status line, the footer and any box over the page.
///
/// Built from the state alone. The frame renderer lays it out in cells; a line-mode front end
/// can read it as sentences; both show the same thing because both start here.
public struct ScreenView: Equatable, Sendable {
    public var pageTitle: String
    /// "Step 4 of 9".
    public var stepLabel: String
    public var address: String
    public var menu: [MenuItemView]
    public var instruction: String
    /// The page's tab strip, when it is one tab of several.
    public var tabs: [TabView]
    public var items: [BodyItem]
    public var buttons: [ButtonView]
    public var status: Notice?
    public var footer: [KeyHint]
    public var overlay: OverlayView?
    public var size: TerminalSize
    /// Guide mode's agent panel, jump and search boxes; nil in every other mode.
    public var guide: GuideView?

    public struct MenuItemView: Equatable, Sendable {
        public var title: String
        public var isCurrent: Bool
        public var isFocused: Bool
    }

    public enum BodyItem: Equatable, Sendable {
        case paragraph(String, Block.Tone)
        case heading(String)
        case field(FieldView)
    }

    /// One field as shown. A class, immutable: a screen made from the last one shares the items
    /// that did not change, so an item is one reference to copy and, when shared, compares as
    /// equal at once.
    public final class FieldView: Equatable, Sendable {
        public let id: FieldID
        public let label: String
        public let isRequired: Bool
        public let control: ControlView
        public let error: String?
        public let note: String?
        public let isFocused: Bool

        init(id: FieldID, label: String, isRequired: Bool, control: ControlView, error: String?, note: String?,
             isFocused: Bool) {
            self.id = id
            self.label = label
            self.isRequired = isRequired
            self.control = control
            self.error = error
            self.note = note
            self.isFocused = isFocused
        }

        public static func == (lhs: FieldView, rhs: FieldView) -> Bool {
            lhs === rhs
                || lhs.id == rhs.id && lhs.label == rhs.label && lhs.isRequired == rhs.isRequired
                && lhs.control == rhs.control && lhs.error == rhs.error && lhs.note == rhs.note
                && lhs.isFocused == rhs.isFocused
        }
    }

    public enum ControlView: Equatable, Sendable {
        /// A text box with its value as shown (masked for secrets) and, when focused, the cursor.
        case textBox(TextBoxView)
        /// A closed drop-down list: the chosen label, or the placeholder when nothing is chosen.
        case dropDown(label: String, isPlaceholder: Bool, width: Int)
        case checkBox(isChecked: Bool, text: String)
        case link(String)
        /// Tabs inside the page; the selected one's blocks are shown.
        case tabStrip(titles: [String], selected: String)
        case button(String)
    }

    public struct TextBoxView: Equatable, Sendable {
        public var editable: EditableText
        public var width: Int
        public var placeholder: String
        /// Whether each grapheme is drawn as a mask glyph (passwords, card numbers).
        public var isMasked: Bool
        /// A card number may show its last four digits once the field is left.
        public var revealsLastFour: Bool
    }

    public struct TabView: Equatable, Sendable {
        public enum State: Equatable, Sendable { case current, complete, hasProblems, notVisited }
        public var title: String
        public var state: State
        public var isFocused: Bool
    }

    public struct ButtonView: Equatable, Sendable {
        public var label: String
        public var target: FocusTarget
        public var isFocused: Bool
    }

    public struct KeyHint: Equatable, Sendable {
        public var keys: String
        public var meaning: String
    }

    public enum OverlayView: Equatable, Sendable {
        case help(title: String, lines: [String])
        case quitConfirmation(lines: [String])
    }
}
