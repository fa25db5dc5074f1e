/// A reason the benchmark could not measure something, worded for the person running it.
struct BenchError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
