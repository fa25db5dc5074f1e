/// One thing wrong in a world or court file, with where it is and what would be right.
public struct WorldFileProblem: Hashable, Sendable, CustomStringConvertible {
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

/// Every problem found in one file, so all of them are reported at once.
public struct WorldFileProblems: Error, Equatable, Sendable, CustomStringConvertible {
    public let all: [WorldFileProblem]
    public init(_ all: [WorldFileProblem]) { self.all = all }
    public var description: String { all.map(\.description).joined(separator: "\n") }
}
