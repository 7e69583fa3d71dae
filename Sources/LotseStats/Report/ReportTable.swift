/// `lotse report --format table`: the report as text for the terminal — the count first,
/// right-aligned, then the name, so long partner names need no column of their own.
public enum ReportTable {
    public static func text(_ report: StatsReport, labels: ReportLabels) -> String {
        var lines = [
            "Lotse – Zahlen für das Netzwerk, \(labels.period(report))",
            "Tage mit Gesprächen: \(report.daysWithSessions). Zahlen unter \(StatsReport.smallestShown) stehen als „< \(StatsReport.smallestShown)“.",
        ]
        for section in report.sections {
            lines.append("")
            lines.append(labels.heading(section.dimension))
            for row in section.rows {
                let count = row.shown.description
                lines.append(String(repeating: " ", count: max(1, 7 - count.count)) + count + "  " + labels.name(row.key))
            }
        }
        if report.sections.isEmpty {
            lines.append("")
            lines.append("Keine Gespräche in diesem Zeitraum.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
