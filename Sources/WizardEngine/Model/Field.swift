/// One focusable control of a page: a text box, a list, a check box, a link or a button.
public struct Field: Sendable {
    public let id: FieldID
    public let label: String
    public let kind: FieldKind
    /// Drawn with a red `*`; checked on Next.
    public let isRequired: Bool
    public let rules: [Rule]
    /// Shown beside the control, e.g. "cannot be changed later".
    public let note: String?
    /// Shown by F1 when the field has the focus.
    public let help: String
    /// The value the page starts with, as the real form presets Country.
    public let defaultValue: String?

    public init(
        _ id: FieldID, _ label: String, _ kind: FieldKind, required: Bool = false,
        rules: [Rule] = [], note: String? = nil, help: String = "", default defaultValue: String? = nil
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.isRequired = required
        self.rules = rules
        self.note = note
        self.help = help
        self.defaultValue = defaultValue
    }

    /// The value stored for a ticked check box.
    public static let checkedValue = "yes"

    /// How the value is protected: what may be shown and what may ever be stored.
    public var sensitivity: Sensitivity { kind.sensitivity }

    /// Whether the field holds a value (links and buttons do not).
    public var holdsValue: Bool {
        switch kind {
        case .link, .button: false
        default: true
        }
    }
}

/// How a field's value must be protected.
public enum Sensitivity: Hashable, Sendable {
    /// May be shown and recorded.
    case ordinary
    /// Shown, but never written anywhere: date of birth, security answers.
    case privateValue
    /// Masked on screen and never written anywhere: passwords, card numbers, security codes.
    case secret
}
