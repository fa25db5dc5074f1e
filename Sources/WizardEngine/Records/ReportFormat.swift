/// The ways `pacer-prep report` can print a clinic: for people (`table`, with bar charts), for
/// documents (`markdown`), for spreadsheets (`csv`), for programs (`json`) and for a learning
/// record store (`xapi`).
public enum ReportFormat: String, CaseIterable, Sendable {
    case table, markdown, csv, json, xapi
}
