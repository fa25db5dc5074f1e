import Foundation
import Testing

/// A few hundred random keys, escape fragments, pastes, clicks and resizes sent to the built
/// binary, after which it must still be running, still answer Ctrl-C, and quit with status 1
/// and the terminal restored. The seed is fixed, so a failure can be replayed.
@Suite("Terminal: a monkey on the real binary, under tmux")
struct TerminalMonkeyTests {
    static let seed: UInt64 = 20_210_920

    /// tmux key names. Ctrl-C, F10 (quit), Ctrl-Z (suspend) and Ctrl-\ are left out: the test
    /// sends Ctrl-C itself at the end.
    static let keyNames = ["Tab", "BTab", "Enter", "Escape", "BSpace", "DC", "Up", "Down", "Left", "Right", "Home",
                           "End", "PPage", "NPage", "Space", "F1", "F2", "F5", "F12", "C-a", "C-e", "C-k", "C-l",
                           "C-n", "C-u", "C-w", "M-x"]
    static let texts = ["a", "Z", "7", "é", "e\u{301}", "山", "😀", "?", "@", "\u{1B}[", "\u{1B}[1;", "\u{1B}O",
                        "\u{1B}[200~", "\u{1B}[<0;5", "\u{1B}[M"]

    @Test("random input does not crash or wedge the program; Ctrl-C y still quits cleanly")
    func monkey() async throws {
        let tmux = try TmuxSession(arguments: ["register", "--today", "2021-09-01", "--seed", "42"],
                                   term: "xterm-256color")
        try await tmux.waitForStep(1)
        var random = SeededRandom(seed: Self.seed)
        var sent = 0
        while sent < 400 {
            switch random.below(20) {
            case 0:
                try tmux.resize(columns: random.pick([40, 60, 80, 100, 132]), rows: random.pick([10, 18, 24, 30]))
                sent += 1
            case 1:
                try tmux.paste(random.pick(["Boston\nMA", "\u{1B}[31mred", "山田 ビル\t2", String(repeating: "x", count: 90)]))
                sent += 1
            case 2:
                try tmux.click(row: random.below(24), column: random.below(80))
                sent += 1
            case 3, 4, 5:
                try tmux.type(random.pick(Self.texts))
                sent += 1
            default:
                let batch = (0..<(1 + random.below(12))).map { _ in random.pick(Self.keyNames) }
                try tmux.tmuxRun(["send-keys", "-t", tmux.target] + batch)
                sent += batch.count
            }
        }
        try tmux.resize(columns: 80, rows: 24)
        // Whatever box is open closes with Escape (help) or n (the quit question): then Ctrl-C.
        try tmux.sendKeys("Escape")
        try await tmux.waitFor("the page at 80x24 after the monkey") { $0.frameSize.map { $0 == (80, 24) } == true }
        // A stray paste start or mouse prefix may still be taking keys in (a paste ends after a
        // second of silence): Ctrl-C is sent again until the question shows.
        var asked = false
        for _ in 0..<5 where !asked {
            try tmux.sendKeys("C-c")
            asked = (try? await tmux.waitFor(text: "Quit the rehearsal?", timeout: .seconds(3))) != nil
        }
        let last = try tmux.capture()
        #expect(asked, "Ctrl-C went unanswered:\(last)")
        try tmux.sendKeys("y")
        let ending = try await tmux.waitForExit()
        #expect(ending.status == 1, "\(ending)")
        expectRestored(ending)
    }
}

/// SplitMix64 with a fixed seed: the same keys on every run.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}
