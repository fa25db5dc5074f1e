/// A stable name for a field: used by answers, tests, and (later) answer files and transcripts.
public struct FieldID: Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    /// See `NameHash`.
    private let nameHash: Int
    public init(_ rawValue: String) {
        self.rawValue = rawValue
        nameHash = NameHash.of(rawValue)
    }
    public init(stringLiteral value: String) { self.init(value) }
    public var description: String { rawValue }
    public static func < (lhs: FieldID, rhs: FieldID) -> Bool { lhs.rawValue < rhs.rawValue }
    public static func == (lhs: FieldID, rhs: FieldID) -> Bool { lhs.nameHash == rhs.nameHash && lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(nameHash) }
}

/// A stable name for a page of a journey.
public struct PageID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    /// See `NameHash`.
    let nameHash: Int
    public init(_ rawValue: String) {
        self.rawValue = rawValue
        nameHash = NameHash.of(rawValue)
    }
    public init(stringLiteral value: String) { self.init(value) }
    public var description: String { rawValue }
    public static func == (lhs: PageID, rhs: PageID) -> Bool { lhs.nameHash == rhs.nameHash && lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(nameHash) }
}

/// A name's hash value, worked out once when the name is made: answers, errors and pages are
/// looked up by name many times per key, and hashing the name's text for each look-up cost more
/// than the rest of the look-up. Equal names have equal hash values, so names whose values
/// differ differ, and only names with the same value are compared in full.
enum NameHash {
    static func of(_ name: String) -> Int { name.hashValue }
}

/// A stable name for a journey, e.g. `register`.
public struct JourneyID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}
