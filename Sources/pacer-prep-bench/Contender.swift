import Glibc
import Screens
import WizardEngine

/// One program measured on the pseudo-terminal, described by what the measurements need: how to
/// start it, which text marks its first frame, which keys lead to a text field, and which keys
/// end it.
struct Contender {
    let name: String
    let arguments: [String]
    /// Text whose appearance (spaces ignored) means the first frame is on screen.
    let firstFrameMarker: String
    /// Key presses, sent one at a time with a wait for the answer, that focus a text field.
    let keysToTextField: [[UInt8]]
    /// Key presses that end the program, each followed by a short wait.
    let quitKeys: [[UInt8]]

    /// The environment both programs get: the same terminal type and a UTF-8 locale, no
    /// LINES/COLUMNS (which would override the pty's size), and `stateFolder` as the place for
    /// state: pacer-prep writes its transcript there as a person's session would, without filing
    /// dozens of bench sessions among that person's records.
    static func environment(stateFolder: String) -> [String] {
        var environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "XDG_STATE_HOME=\(stateFolder)"]
        for name in ["PATH", "HOME"] {
            if let value = getenv(name), let text = String(validatingCString: value) {
                environment.append("\(name)=\(text)")
            }
        }
        return environment
    }

    /// pacer-prep on journey R with a fixed seed, its first frame marked by its first page's title;
    /// the path to First Name is computed by the engine (see `RegisterScript.keysToFirstName`), so
    /// both follow the pages as they change.
    static func pacerPrep(binary: String, keysToFirstName: [[UInt8]]) -> Contender {
        Contender(name: "pacer-prep",
                  arguments: [binary, "register", "--seed", String(RegisterScript.seed)],
                  firstFrameMarker: Catalog([RegisterJourney.journey]).page(RegisterJourney.journey.firstPage).title,
                  keysToTextField: keysToFirstName,
                  quitKeys: [[0x03], [UInt8(ascii: "y")]])
    }

    /// The reference: dialog's two-field form, whose first field has the focus from the start.
    static func dialog(binary: String) -> Contender {
        Contender(name: "dialog",
                  arguments: [binary, "--form", "Register", "10", "60", "2",
                              "First Name:", "1", "1", "", "1", "14", "20", "0",
                              "Last Name:", "2", "1", "", "2", "14", "20", "0"],
                  firstFrameMarker: "First Name:",
                  keysToTextField: [],
                  quitKeys: [[0x1B]])
    }
}
