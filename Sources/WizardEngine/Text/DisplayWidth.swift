/// Display width placeholder (replaced by the real table).
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int { 1 }
}
