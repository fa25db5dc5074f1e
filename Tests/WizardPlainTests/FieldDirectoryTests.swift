import Screens
import Testing
import WizardEngine
@testable import WizardPlain

/// The ids `pacer-prep fields` lists and answer files use.
@Suite("Answerable field ids")
struct FieldDirectoryTests {
    @Test("a field id is used by one field only, across every journey, so answers cannot collide")
    func idsAreUnique() {
        var seen: [FieldID: PageID] = [:]
        for journey in Journeys.all {
            for page in journey.pages {
                for field in page.fields {
                    if let other = seen[field.id] { Issue.record("\(field.id) is on \(other) and \(page.id)") }
                    seen[field.id] = page.id
                }
            }
        }
    }

    @Test("every journey lists its ids; R's include the chosen account kind and its secrets")
    func listing() {
        let directory = PlainFixture.directory
        for journey in Journeys.all {
            #expect(!directory.entries(in: journey.id).isEmpty, "\(journey.id)")
        }
        let lines = FieldListing.lines(directory, journeys: [RegisterJourney.journey])
        #expect(lines.first == "[register]  # Register for a PACER account")
        #expect(lines.contains { $0.hasPrefix("accountKind  # step 3, required: ") && $0.hasSuffix("one of search (PACER - Case Search Only) | attorney (Attorney Filers) | nonAttorney (Non-attorney Filers) | paa (PACER Administrative Account (PAA))") })
        #expect(lines.contains("userVerification  # step 4, required: User Verification · check box: yes or no"))
        #expect(lines.contains { $0.hasPrefix("password  # step 5, required: Password · secret text (never printed back), at most 45 characters") })
    }
}
