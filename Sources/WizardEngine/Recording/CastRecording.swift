/// A session as asciicast lines, built only from the frames the wizard draws (so secrets are
/// masked as on screen) with a marker whenever the page changes. Pure: the caller supplies the
/// times and writes the lines.
///
/// A recording is a file that outlives the session, so the values the engine shows but never
/// writes (date of birth, security answers: `Sensitivity.privateValue`) are drawn masked in it
/// too, with the secrets' mask character.
public struct CastRecording: Sendable {
    public var encoder: ANSIFrameEncoder
    private var previous: Frame?
    private var page: PageID?
    /// The fields whose values are masked, found once from the catalog.
    private var privateFields: Set<FieldID>?

    public init(useColor: Bool = true) {
        encoder = ANSIFrameEncoder(useColor: useColor)
    }

    /// The header line for a recording of `wizard`'s journey at this size.
    public static func header(size: TerminalSize, timestamp: Int, term: String, title: String) -> String {
        AsciicastEncoder.header(size: size, timestamp: timestamp, term: term, title: title)
    }

    /// The lines for the wizard's current screen: a marker if the page changed, a resize if the
    /// size did, then the output that redraws what changed (nothing when nothing did).
    public mutating func capture(_ wizard: Wizard, atMicroseconds time: Int) -> [String] {
        let fields = privateFields ?? Set(wizard.catalog.journeys.flatMap(\.allFields)
            .filter { $0.sensitivity == .privateValue }.map(\.id))
        privateFields = fields
        var shown = wizard
        for id in fields {
            guard let value = shown.state.values[id], !value.isEmpty else { continue }
            let mask = String(copies: value.count, of: wizard.glyphs.mask)
            shown.state.values[id] = EditableText(mask, cursor: value.cursor, maxLength: value.maxLength)
        }
        return capture(shown.frame, page: wizard.page, journey: wizard.journey, atMicroseconds: time)
    }

    public mutating func capture(_ frame: Frame, page: Page, journey: Journey, atMicroseconds time: Int) -> [String] {
        var lines: [String] = []
        if page.id != self.page {
            lines.append(AsciicastEncoder.marker(Self.markerLabel(page, journey), atMicroseconds: time))
            self.page = page.id
        }
        if let previous, previous.size != frame.size {
            lines.append(AsciicastEncoder.resize(frame.size, atMicroseconds: time))
        }
        let output = encoder.encode(frame, after: previous)
        if !output.isEmpty { lines.append(AsciicastEncoder.output(output, atMicroseconds: time)) }
        previous = frame
        return lines
    }

    /// "Step 3: Choose the kind of account", in the notice's words; the start page by its title.
    public static func markerLabel(_ page: Page, _ journey: Journey) -> String {
        guard page.step >= 1, page.step <= journey.steps.count else { return "Start: \(page.title)" }
        return "Step \(page.step): \(journey.steps[page.step - 1])"
    }
}
