import ArgumentParser
import WizardEngine

/// `--mode practice|demo|exam|guide`.
///
/// The names come straight from the raw values: the library's defaults describe each case with
/// `String(describing:)`, whose first use costs a scan of the program's protocol conformances at
/// every start (about 1.2 million instructions, a tenth of a millisecond before the first frame).
extension TrainingMode: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var allValueDescriptions: [String: String] { [:] }
}
