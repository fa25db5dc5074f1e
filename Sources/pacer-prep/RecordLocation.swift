#if canImport(Glibc)
import Glibc
#endif

/// Where transcripts go and whose they are.
///
/// The folder follows the XDG base-directory convention for state: `--record DIR`, else
/// `$XDG_STATE_HOME/pacer-prep/transcripts`, else `~/.local/state/pacer-prep/transcripts`.
/// The person is `--name`, else the login name (`USER`, `LOGNAME`), so a clinic over SSH needs no
/// option.
enum RecordLocation {
    static func folder(_ options: RunOptions) -> String? {
        if let folder = options.record { return folder }
        return defaultFolder
    }

    static var defaultFolder: String? {
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/pacer-prep/transcripts" }
        guard let home = environment("HOME") else { return nil }
        return home + "/.local/state/pacer-prep/transcripts"
    }

    static func personName(_ options: RunOptions) -> String {
        if let name = options.name, !name.isEmpty { return name }
        if let user = environment("USER") ?? environment("LOGNAME") { return user }
        // No password-database look-up: the release binary is linked statically, where glibc's
        // getpwuid needs the same glibc's shared libraries at run time. Logins (and sshd) set
        // USER and LOGNAME, so only a stripped environment gets here.
        return "uid-\(getuid())"
    }

    /// The name with anything but letters, digits, `.`, `_` and `-` turned into `_`.
    static func fileSafe(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" ? $0 : "_" }.prefix(40))
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
