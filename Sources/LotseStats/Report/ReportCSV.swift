import Foundation

/// `lotse report --format csv`: one row per value, for a spreadsheet (RFC 4180 quoting).
public enum ReportCSV {
    public static func text(_ report: StatsReport, labels: ReportLabels) -> String {
        var lines = ["from,to,dimension,value,name,count"]
        let period = [report.first?.description ?? "", report.last?.description ?? ""]
        for section in report.sections {
            for row in section.rows {
                let fields = period + [section.dimension.rawValue, row.key.value, labels.name(row.key), row.shown.description]
                lines.append(fields.map(quoted).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
