/// What the pseudo-terminal measurements found for one program.
struct ProgramFigures {
    var firstFrameMedianMilliseconds: Double
    /// Every run's first frame, in the order measured (for --json readers who want the spread).
    var firstFrameMilliseconds: [Double]
    var peakResidentMedianKiB: Double
    var bytesPerTypedCharacter: Double
}
