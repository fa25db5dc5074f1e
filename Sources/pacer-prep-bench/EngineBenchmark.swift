import WizardEngine

/// The engine alone, headless, on one thread: journey R replayed from a fresh Wizard, each event
/// through `send` (reduce) and `frame` (view + render), exactly what the executable does per key
/// before curses sees anything.
///
/// The figures: whole replays per second (including creating the Wizard and its first frame),
/// and the 99th percentile of one keystroke's send + frame, over every keystroke of every replay.
struct EngineBenchmark {
    let events: [Event]
    /// Keep replaying until this much time has passed (and at least `minimumReplays`).
    let seconds: Double
    let minimumReplays: Int

    func run() -> EngineFigures {
        var checksum = 0
        var samples: [UInt64] = []
        checksum &+= replay(record: false, into: &samples)  // warm-up: caches, lazy globals
        samples.reserveCapacity(events.count * max(minimumReplays, 64))
        var replays = 0
        var busy: UInt64 = 0
        let budget = UInt64(seconds * 1e9)
        while replays < minimumReplays || busy < budget {
            let start = MonotonicClock.now()
            checksum &+= replay(record: true, into: &samples)
            busy += MonotonicClock.now() - start
            replays += 1
        }
        // Keeps the optimiser from discarding frames nobody looks at.
        if checksum == Int.min { print("") }
        samples.sort()
        return EngineFigures(replaysPerSecond: Double(replays) / (Double(busy) / 1e9),
                             keystrokeP99Microseconds: Double(Statistics.percentile(99, ofSorted: samples)) / 1_000,
                             keystrokeMedianMicroseconds: Double(Statistics.percentile(50, ofSorted: samples)) / 1_000,
                             eventsPerReplay: events.count, replays: replays)
    }

    /// One replay; appends each keystroke's duration to `samples` when `record` is set. Returns
    /// a value derived from every frame.
    private func replay(record: Bool, into samples: inout [UInt64]) -> Int {
        var wizard = RegisterScript.freshWizard()
        var checksum = Self.digest(wizard.frame)
        for event in events {
            let start = MonotonicClock.now()
            wizard.send(event)
            let frame = wizard.frame
            let end = MonotonicClock.now()
            if record { samples.append(end - start) }
            checksum &+= Self.digest(frame)
        }
        return checksum
    }

    private static func digest(_ frame: Frame) -> Int {
        frame.cells.count &+ (frame.cursor?.column ?? 0) &+ frame[0, 0].text.utf8.count
    }
}
