/// What is on screen, as meaning rather than cells: the page's chrome, its body, its buttons,
/// the status line, the footer and any box over the page.
///
/// Built from the state alone. The frame renderer lays it out in cells; a line-mode front end
/// can read it as sentences; both show the same thing because both start here.
public struct ScreenView: Equatable, Sendable {
    /// The parts but the body items, shared by every copy: a screen is handed from the builder to
    /// the layout, the renderer and the next key's builder, and one reference is far cheaper to
    /// copy than the twelve the parts hold. The items are kept beside them, so that the next
    /// screen can take them over and change the few a key reaches in place (`ScreenMemo`).
    private struct Parts: Equatable, Sendable {
        let pageTitle: String
        let stepLabel: String
        let address: String
        let menu: [MenuItemView]
        let instruction: String
        let tabs: [TabView]
        let buttons: [ButtonView]
        let status: Notice?
        let footer: [KeyHint]
        let overlay: OverlayView?
        let size: TerminalSize
        let guide: GuideView?
    }

    private let parts: Shared<Parts>

    public var pageTitle: String { parts.value.pageTitle }
    /// "Step 4 of 9".
    public var stepLabel: String { parts.value.stepLabel }
    public var address: String { parts.value.address }
    public var menu: [MenuItemView] { parts.value.menu }
    public var instruction: String { parts.value.instruction }
    /// The page's tab strip, when it is one tab of several.
    public var tabs: [TabView] { parts.value.tabs }
    public internal(set) var items: [BodyItem]
    public var buttons: [ButtonView] { parts.value.buttons }
    public var status: Notice? { parts.value.status }
    public var footer: [KeyHint] { parts.value.footer }
    public var overlay: OverlayView? { parts.value.overlay }
    public var size: TerminalSize { parts.value.size }
    /// Guide mode's agent panel, jump and search boxes; nil in every other mode.
    public var guide: GuideView? { parts.value.guide }

    /// A screen of these parts, sharing the box of `earlier` when they are all the same (a key
    /// typed into a field changes only the items): no box is made then, and the earlier one is
    /// not freed with a reference counted per part.
    init(pageTitle: String, stepLabel: String, address: String, menu: [MenuItemView], instruction: String,
         tabs: [TabView], items: [BodyItem], buttons: [ButtonView], status: Notice?, footer: [KeyHint],
         overlay: OverlayView?, size: TerminalSize, guide: GuideView?, earlier: ScreenView? = nil) {
        let parts = Parts(pageTitle: pageTitle, stepLabel: stepLabel, address: address, menu: menu,
                          instruction: instruction, tabs: tabs, buttons: buttons, status: status,
                          footer: footer, overlay: overlay, size: size, guide: guide)
        if let earlier, earlier.parts.holds(parts) {
            self.parts = earlier.parts
        } else {
            self.parts = Shared(parts)
        }
        self.items = items
    }

    /// A body item made again for a new screen from an earlier one, and the item it replaced.
    struct RemadeItem {
        let position: Int
        let old: BodyItem
    }

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
