import Foundation

/// `lotse report --format svg`: the report as a bar chart to project at the meeting — one
/// block of horizontal bars per dimension, each scaled to its largest value. A value under
/// `StatsReport.smallestShown` gets no bar, only "< 5", so its size cannot be measured off
/// the picture either.
public enum ReportSVG {
    static let width = 960
    static let labelWidth = 440
    static let barSpace = 420
    static let rowHeight = 24
    static let headingHeight = 40

    public static func text(_ report: StatsReport, labels: ReportLabels) -> String {
        var body: [String] = []
        var y = 36
        body.append(text(x: 24, y: y, "Lotse – Zahlen für das Netzwerk, \(labels.period(report))", size: 22, weight: "bold"))
        y += 26
        body.append(
            text(
                x: 24, y: y,
                "Gespräche: \(ShownCount(report.sessions)) · Tage mit Gesprächen: \(report.daysWithSessions) · "
                    + "Zahlen unter \(StatsReport.smallestShown) stehen als „< \(StatsReport.smallestShown)“ und ohne Balken.",
                size: 14, fill: "#444"))
        for section in report.sections where section.dimension != .sessions {
            y += headingHeight
            body.append(text(x: 24, y: y, labels.heading(section.dimension), size: 17, weight: "bold"))
            let largest = section.rows.map(\.total).filter { $0 >= StatsReport.smallestShown }.max() ?? 1
            for row in section.rows {
                y += rowHeight
                body.append(text(x: labelWidth - 10, y: y, shortened(labels.name(row.key)), size: 13, anchor: "end"))
                switch row.shown {
                case .exactly(let count):
                    let length = max(2, barSpace * count / largest)
                    body.append("<rect x=\"\(labelWidth)\" y=\"\(y - 14)\" width=\"\(length)\" height=\"18\" fill=\"#2b6cb0\"/>")
                    body.append(text(x: labelWidth + length + 6, y: y, String(count), size: 13))
                case .few:
                    body.append(text(x: labelWidth, y: y, row.shown.description, size: 13, fill: "#666"))
                }
            }
        }
        let height = y + 30
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            font-family="DejaVu Sans, Arial, sans-serif">
            <rect width="100%" height="100%" fill="white"/>
            \(body.joined(separator: "\n"))
            </svg>

            """
    }

    private static func text(
        x: Int, y: Int, _ content: String, size: Int, weight: String = "normal", anchor: String = "start",
        fill: String = "#111"
    ) -> String {
        "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" font-weight=\"\(weight)\" text-anchor=\"\(anchor)\" fill=\"\(fill)\">"
            + escaped(content) + "</text>"
    }

    /// The longest label that fits the label column at 13 px.
    static let longestLabel = 58

    /// `name`, cut to `longestLabel` characters with "…" — before the id in brackets at its
    /// end, which stays whole, so two shortened partners never look alike.
    static func shortened(_ name: String) -> String {
        guard name.count > longestLabel else { return name }
        if name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) {
            let id = name[open.lowerBound...]
            let room = longestLabel - id.count - 1
            if room >= 10 { return name.prefix(room) + "…" + id }
        }
        return name.prefix(longestLabel - 1) + "…"
    }

    /// `&`, `<`, `>` and quotes as XML entities (partner names have ampersands).
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
