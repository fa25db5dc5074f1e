/// What kind of control a field is, with what it needs to be drawn and edited.
public enum FieldKind: Sendable {
    /// One line of text. `width` is the box's width in cells; `placeholder` shows while empty.
    case text(maxLength: Int, width: Int = 30, placeholder: String = "", sensitivity: Sensitivity = .ordinary)
    /// One line of text drawn as dots.
    case secret(maxLength: Int, width: Int = 30)
    /// A card number: masked while typed, its last four digits shown once the field is left.
    case cardNumber
    /// A drop-down list; Left/Right or a letter change the value.
    case choice(OptionSource, placeholder: String)
    /// A strip of tabs inside a page (Manage My Account's Settings, Maintenance, …); the value
    /// is the chosen tab's title and blocks show by it. Left/Right change tabs.
    case tabStrip([String])
    /// A check box with its text.
    case checkBox(String)
    /// A link in the page's body.
    case link(Action)
    /// A button in the page's body, e.g. "Suggest one".
    case button(Action)

    var sensitivity: Sensitivity {
        switch self {
        case .text(_, _, _, let sensitivity): sensitivity
        case .secret, .cardNumber: .secret
        default: .ordinary
        }
    }

    /// Whether typing edits this field (so printable keys are text, not commands).
    public var isTextEntry: Bool {
        switch self {
        case .text, .secret, .cardNumber: true
        default: false
        }
    }

    /// The most graphemes the field takes.
    public var maxLength: Int? {
        switch self {
        case .text(let maxLength, _, _, _), .secret(let maxLength, _): maxLength
        case .cardNumber: 23
        default: nil
        }
    }
}
