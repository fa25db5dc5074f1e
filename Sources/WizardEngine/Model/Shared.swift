/// An immutable value kept in one place and shared by every copy of what holds it.
///
/// Pages, fields, the world, a screen's parts and the glyphs are copied many times per key
/// (into states, contexts, views, layouts); holding their contents through one of these makes
/// each copy a single reference instead of one per string and list inside. A holder that
/// changes replaces its box whole (`World`), which is rare next to the copies.
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

extension Shared: Equatable where Value: Equatable {
    /// The same box, or equal contents.
    static func == (lhs: Shared, rhs: Shared) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }

    /// Whether this box holds `candidate`, compared where it is (read out, the value would be
    /// copied, a reference counted for each of its parts).
    func holds(_ candidate: Value) -> Bool {
        value == candidate
    }
}

extension Shared: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
