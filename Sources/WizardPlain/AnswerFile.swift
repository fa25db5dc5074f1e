import WizardEngine

/// Reads an answer file: the conventions of world files (`# comments`, `key = value`, optional
/// `[section]` headers) with field ids as keys and `[journey]` as sections. Pure: text in, the
/// answers or every problem out, each as `file:line: message`, so a trainer fixes a file in
/// one pass. Values are never repeated in messages, since some are invented secrets.
public enum AnswerFile {
    public static func parse(_ text: String, path: String, directory: FieldDirectory) -> Result<AnswerSheet, DataFileProblems> {
        var reader = AnswerFileReader(path: path, directory: directory)
        reader.read(text)
        let checked = reader.check()
        let problems = reader.problems.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return problems.isEmpty ? .success(checked) : .failure(DataFileProblems(problems))
    }
}
