import Foundation
import Testing
import Screens
import WizardEngine

/// Recordings are asciicast v2 built from frames: a JSON header, JSON event arrays, a marker at
/// every page change, and never a secret that was typed.
@Suite("Asciicast recordings")
struct CastRecordingTests {
    /// A recorded walk of journey R to the Security page, with the password typed key by key and
    /// a capture after every stage and every key of the password.
    static func recordedRegistration(password: String) -> [String] {
        var w = RegisterWalk.start()
        var recording = CastRecording(useColor: true)
        var time = 0
        var lines = [CastRecording.header(size: w.state.size, timestamp: 1_630_000_000, term: "xterm-256color",
                                          title: "pacer-prep: \(w.journey.title)")]
        func capture(_ w: Wizard) {
            time += 250_000
            lines += recording.capture(w, atMicroseconds: time)
        }
        capture(w)
        RegisterWalk.toMenu(&w); capture(w)
        RegisterWalk.toKinds(&w); capture(w)
        RegisterWalk.toForm(&w); capture(w)
        w.fill("firstName", "Ana"); capture(w)  // seen before the form scrolls (the walk adds José)
        RegisterWalk.fillForm(&w); capture(w)
        w.press(.control("n")); capture(w)
        w.tab(to: .field("password"))
        for character in password {
            w.type(String(character))
            capture(w)
        }
        w.fill("confirmPassword", password); capture(w)
        w.fill("securityAnswer1", "Quokkaville"); capture(w)
        return lines
    }

    static func json(_ line: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
    }

    @Test("the header is one JSON object with version 2, the size, a timestamp, TERM and a title")
    func header() throws {
        let line = Self.recordedRegistration(password: "Practice-2021")[0]
        let header = try #require(try Self.json(line) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 80)
        #expect(header["height"] as? Int == 24)
        #expect(header["timestamp"] as? Int == 1_630_000_000)
        #expect((header["env"] as? [String: Any])?["TERM"] as? String == "xterm-256color")
        #expect(header["title"] as? String == "pacer-prep: Register for a PACER account")
    }

    @Test("every event is [seconds, code, text] with times that never go back")
    func events() throws {
        var last = -1.0
        for line in Self.recordedRegistration(password: "Practice-2021").dropFirst() {
            let event = try #require(try Self.json(line) as? [Any], "\(line)")
            #expect(event.count == 3)
            let time = try #require(event[0] as? Double)
            #expect(time >= last)
            last = time
            #expect(["o", "m", "r"].contains(event[1] as? String))
            #expect(event[2] is String)
        }
    }

    @Test("a marker at every page change, named by the notice's step")
    func markers() throws {
        let markers = try Self.recordedRegistration(password: "Practice-2021").dropFirst().compactMap { line -> String? in
            let event = try #require(try Self.json(line) as? [Any])
            return event[1] as? String == "m" ? event[2] as? String : nil
        }
        #expect(markers == [
            "Step 1: Open the PACER website", "Step 2: Choose Register for an Account", "Step 3: Choose the kind of account",
            "Step 4: Fill in the registration form", "Step 5: Username, password and security questions",
        ])
    }

    @Test("a password, a date of birth and a security answer typed while recording are nowhere in its bytes")
    func noSecret() {
        let password = "Zq7-secret-Pw"
        let cast = Self.recordedRegistration(password: password).joined(separator: "\n")
        #expect(!cast.contains(password))
        #expect(!cast.contains("Zq7"), "not even a prefix typed so far")
        #expect(cast.contains("Step 5:"), "the Security page was recorded")
        // Shown on screen but never written: the date of birth and the security answers.
        #expect(!cast.contains("04/17/1980"))
        #expect(!cast.contains("Quokkaville"))
        #expect(cast.contains("Ana"), "ordinary answers are recorded as shown")
    }

    @Test("only changed rows are sent after the first frame; nothing for an unchanged frame")
    func changedRows() {
        let encoder = ANSIFrameEncoder(useColor: false)
        var frame = Frame(size: TerminalSize(columns: 10, rows: 3))
        frame.put("abc", row: 0, column: 0)
        let first = encoder.encode(frame, after: nil)
        #expect(first.hasPrefix("\u{1B}[0m\u{1B}[H\u{1B}[2J"))
        #expect(encoder.encode(frame, after: frame) == "")
        var next = frame
        next.put("xy", row: 2, column: 1, style: CellStyle(.error, .bold))
        let diff = encoder.encode(next, after: frame)
        #expect(diff == "\u{1B}[3;1H \u{1B}[0;1mxy\u{1B}[0m\u{1B}[K\u{1B}[?25l")
    }

    @Test("JSON strings escape quotes, backslashes and control characters; times have six decimals")
    func escaping() throws {
        let text = "a\"b\\c\u{1B}[0m\nd\u{7}é"
        let quoted = AsciicastEncoder.quote(text)
        #expect(quoted == #""a\"b\\c\u001b[0m\nd\u0007é""#)
        #expect(try Self.json(quoted) as? String == text)
        #expect(AsciicastEncoder.seconds(1_250_000) == "1.250000")
        #expect(AsciicastEncoder.seconds(42) == "0.000042")
    }
}
