/// One focusable control of a page: a text box, a list, a check box, a link or a button.
public struct Field: Sendable {
    /// The declaration, shared by every copy: the reducer and the view copy a page's fields
    /// many times per key, and one reference is far cheaper to copy than eight properties.
    private struct Declaration: Sendable {
        let id: FieldID
        let label: String
        let kind: FieldKind
        let isRequired: Bool
        let rules: [Rule]
        let note: String?
        let help: String
        let defaultValue: String?
    }

    private let declaration: Shared<Declaration>

    public var id: FieldID { declaration.value.id }
    public var label: String { declaration.value.label }
    public var kind: FieldKind { declaration.value.kind }
    /// Drawn with a red `*`; checked on Next.
    public var isRequired: Bool { declaration.value.isRequired }
    public var rules: [Rule] { declaration.value.rules }
    /// Shown beside the control, e.g. "cannot be changed later".
    public var note: String? { declaration.value.note }
    /// Shown by F1 when the field has the focus.
    public var help: String { declaration.value.help }
    /// The value the page starts with, as the real form presets Country.
    public var defaultValue: String? { declaration.value.defaultValue }

    public init(
        _ id: FieldID, _ label: String, _ kind: FieldKind, required: Bool = false,
        rules: [Rule] = [], note: String? = nil, help: String = "", default defaultValue: String? = nil
    ) {
        declaration = Shared(Declaration(id: id, label: label, kind: kind, isRequired: required, rules: rules, note: note,
                                    help: help, defaultValue: defaultValue))
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
