/// Joins words as a sentence would: "a, b and c".
enum ListPhrase {
    static func join(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
