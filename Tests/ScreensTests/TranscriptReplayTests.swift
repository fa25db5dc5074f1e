import Testing
import WizardEngine
@testable import Screens

/// `pacer-prep replay`'s pure part: a transcript recorded from a known run, replayed onto a fresh
/// wizard, ends where the run ended with the same ordinary values, a cut-short file replays up to
/// its last whole line, and no secret typed in the run is on any replayed screen.
@Suite struct TranscriptReplayTests {
    /// The recorded walk of a scenario, its transcript and a fresh wizard to replay it onto.
    static func replay(_ id: String) throws -> (recorded: Wizard, transcript: Transcript, secrets: Set<String>, replay: TranscriptReplay) {
        let scenario = try #require(BuiltInScenarios.named(id))
        let (text, secrets, recorded) = TranscriptRecordingTests.recorded(scenario)
        let transcript = Transcript.parse(text)
        let fresh = Wizard(catalog: Journeys.catalog, start: scenario.journey, size: .standard,
                           world: scenario.startingWorld(from: SampleWorld.world(today: TranscriptRecordingTests.today, seed: 7)))
        return (recorded, transcript, secrets, TranscriptReplay(transcript: transcript, wizard: fresh))
    }

    @Test(arguments: BuiltInScenarios.all.map(\.id))
    func replayEndsOnTheRecordedPageWithTheOrdinaryValues(_ id: String) throws {
        let (recorded, transcript, _, start) = try Self.replay(id)
        var replay = start
        var steps: [TranscriptReplay.Step] = []
        while let step = replay.next() { steps.append(step) }
        #expect(steps.count == transcript.lines.count)
        #expect(replay.wizard.state.page == recorded.state.page, "\(id)")
        // Every ordinary value the run settled (a value still being typed when a walk ends is
        // not in the transcript: the recorder writes a field once the focus leaves it).
        let settled = try #require(ResumePoint(transcript)).values
        for (field, value) in settled {
            #expect(recorded.state.values[field]?.text == value, "\(id): \(field.rawValue) as recorded")
            #expect(replay.wizard.state.values[field]?.text == value, "\(id): \(field.rawValue) replayed")
        }
        #expect(steps.last?.page.id == recorded.state.page)
        #expect(steps.map(\.milliseconds) == transcript.lines.map(\.milliseconds))
    }

    @Test(arguments: BuiltInScenarios.all.map(\.id))
    func noSecretIsOnAnyReplayedScreenAndTheScreenSaysWhyOnce(_ id: String) throws {
        let (_, _, secrets, replay) = try Self.replay(id)
        let steps = Array(replay)
        for step in steps {
            let text = step.frame.text
            for secret in secrets {
                #expect(!text.contains(secret), "\(id): a secret is on the screen of \(step.line)")
            }
            #expect(step.frame.cursor == nil)
        }
        let told = steps.filter { $0.caption.contains("never recorded") }
        #expect(told.count == (secrets.isEmpty ? 0 : 1), "\(id)")
        if let first = told.first { #expect(first.frame.text.contains("never recorded")) }
    }

    @Test func aCutShortTranscriptReplaysUpToItsLastWholeLine() throws {
        let scenario = try #require(BuiltInScenarios.all.first { $0.journey == RegisterJourney.id })
        let (text, _, _) = TranscriptRecordingTests.recorded(scenario)
        let whole = text.split(separator: "\n").count
        let transcript = Transcript.parse(text + "{\"ms\":99000,\"event\":\"chan")
        let wizard = Wizard(catalog: Journeys.catalog, start: scenario.journey, size: .standard,
                            world: scenario.startingWorld(from: SampleWorld.world(today: TranscriptRecordingTests.today, seed: 7)))
        let steps = Array(TranscriptReplay(transcript: transcript, wizard: wizard))
        #expect(steps.count == whole)
        #expect(TranscriptReplay.stoppingLine(transcript) == whole + 1)
        #expect(steps.last?.milliseconds == transcript.lines.last?.milliseconds)
    }

    @Test func captionsCarryTheTimeAndLongPausesAreCapped() {
        #expect(TranscriptReplay.seconds(12_449) == "12.4 s")
        #expect(TranscriptReplay.pause(from: 1_000, to: 1_500, speed: 1) == 500)
        #expect(TranscriptReplay.pause(from: 0, to: 60_000, speed: 1) == 2_000)
        #expect(TranscriptReplay.pause(from: 0, to: 60_000, speed: 50) == 40)
        #expect(TranscriptReplay.pause(from: 5_000, to: 4_000, speed: 1) == 0)
    }
}
