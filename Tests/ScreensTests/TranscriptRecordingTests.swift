import Testing
import WizardEngine
@testable import Screens

/// Transcripts of real journeys: no secret typed during a journey reaches one, and a resume from
/// one puts a fresh run back on the page with its ordinary values.
@Suite struct TranscriptRecordingTests {
    static let today = CivilDate(year: 2021, month: 9, day: 1)!

    /// Plays a scenario's expert path step by step, recording each step's changes, and gives the
    /// transcript text and every secret or private value the run held.
    static func recorded(_ scenario: Scenario) -> (text: String, secrets: Set<String>, wizard: Wizard) {
        let base = SampleWorld.world(today: today, seed: 7)
        var wizard = Wizard(catalog: Journeys.catalog, start: scenario.journey, size: .standard,
                            world: scenario.startingWorld(from: base))
        var recorder = TranscriptRecorder(catalog: Journeys.catalog)
        var secrets: Set<String> = []
        let session = TranscriptEntry.session(.init(name: "tester", started: "2025-03-04T09:00:00Z",
                                                    settings: ["journey": scenario.journey.rawValue]))
        var entries = [session] + recorder.start(wizard.state)
        for step in scenario.expertPath {
            let before = wizard.state
            let effects = (try? ExpertPlayer.perform(step, on: &wizard).get()) ?? []
            entries += recorder.observe(before: before, after: wizard.state, effects: effects)
            for (id, value) in wizard.state.values where !recorder.isOrdinary(id) && value.text.count >= 3 {
                secrets.insert(value.text)
            }
        }
        // A security answer may be part of an ordinary value the person also typed ("Rafa" in
        // the first name "Rafael"): that value is rightly written, so such answers are not searched.
        let ordinary = wizard.state.values.filter { recorder.isOrdinary($0.key) }.map(\.value.text)
        secrets = secrets.filter { secret in !ordinary.contains { $0.contains(secret) } }
        let text = entries.enumerated().map { $1.line(milliseconds: $0 * 1000).text + "\n" }.joined()
        return (text, secrets, wizard)
    }

    @Test(arguments: BuiltInScenarios.all.map(\.id))
    func noSecretTypedInAJourneyReachesItsTranscript(_ id: String) throws {
        let scenario = try #require(BuiltInScenarios.named(id))
        let (text, secrets, _) = Self.recorded(scenario)
        let bytes = Array(text.utf8)
        for secret in secrets {
            let found = bytes.contains(subsequence: Array(secret.utf8))
            #expect(!found, "\(id): a secret or private value is in the transcript's bytes")
        }
        let transcript = Transcript.parse(text)
        #expect(transcript.problem == nil)
        #expect(transcript.lines.count > 1)
    }

    @Test func everyJourneyRecordsASecretAsChangedWithoutItsValue() throws {
        for journey in Set(BuiltInScenarios.all.map(\.journey)) where journey != StartJourney.id {
            let scenario = try #require(BuiltInScenarios.all.first { $0.journey == journey })
            let (text, secrets, _) = Self.recorded(scenario)
            #expect(!secrets.isEmpty, "\(journey): the walk typed a secret")
            #expect(text.contains("\"redacted\":true"), "\(journey): a secret field is recorded as changed")
        }
    }

    @Test func resumeRestoresThePageTheOrdinaryValuesAndAsksForSecretsAgain() {
        var wizard = RegisterWalk.start()
        var recorder = TranscriptRecorder(catalog: Journeys.catalog)
        var entries = [TranscriptEntry.session(.init(name: "t", started: "2025-03-04T09:00:00Z", settings: [:]))]
        entries += recorder.start(wizard.state)
        let stages: [(inout Wizard) -> Void] = [
            RegisterWalk.toMenu, RegisterWalk.toKinds, RegisterWalk.toForm, RegisterWalk.fillForm,
            { $0.press(.control("n")) }, RegisterWalk.fillSecurity, { $0.press(.tab) },
        ]
        for stage in stages {
            let before = wizard.state
            stage(&wizard)
            entries += recorder.observe(before: before, after: wizard.state, effects: [])
        }
        let text = entries.map { $0.line(milliseconds: 0).text + "\n" }.joined()
        // A kill in the middle of the last write leaves half a line: the rest still resumes.
        let transcript = Transcript.parse(text + "{\"ms\":9,\"event\":\"chan")
        #expect(transcript.problem?.contains("cut short") == true)
        let point = try! #require(ResumePoint(transcript))

        var resumed = RegisterWalk.start()
        point.apply(to: &resumed)
        #expect(resumed.state.page == wizard.state.page)
        #expect(resumed.state.history == wizard.state.history)
        for (id, value) in wizard.state.values where recorder.isOrdinary(id) {
            #expect(resumed.state.value(id) == value.text, "\(id)")
        }
        #expect(resumed.state.value("password").isEmpty)
        #expect(resumed.state.value("dateOfBirth").isEmpty)
        #expect(resumed.state.errors["password"] != nil)
        #expect(resumed.state.notice?.text.contains("never saved") == true)
        #expect(resumed.state.notice?.text.contains("Date of Birth") == true)
        // Back still leads to the form, its values in place.
        resumed.send(.pressed(.backButton))
        #expect(resumed.state.value("firstName") == "José")
    }
}

extension Array where Element: Equatable {
    func contains(subsequence: [Element]) -> Bool {
        guard !subsequence.isEmpty, subsequence.count <= count else { return false }
        return (0...(count - subsequence.count)).contains { Array(self[$0..<$0 + subsequence.count]) == subsequence }
    }
}
