/// One thing wrong in a file a person wrote (a world, court, answer or scenario file), with
/// where it is and what would be right.
public struct DataFileProblem: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    /// 1-based; 0 when the problem is the file as a whole.
    public let line: Int
    public let message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// "world.txt:12: …", the form compilers use, so editors can jump to it.
    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}

/// Every problem found in one file, in line order, so all of them are reported at once.
public struct DataFileProblems: Error, Equatable, Sendable, CustomStringConvertible {
    public let all: [DataFileProblem]

    public init(_ all: [DataFileProblem]) {
        self.all = all.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
    }

    public var description: String { all.map(\.description).joined(separator: "\n") }
}
