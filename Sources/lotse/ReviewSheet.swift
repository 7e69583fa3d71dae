import Foundation
import LotseDialog
import LotseEngine

/// The sheet a network brings to its meeting: each partner as the slip shows it, where its
/// facts come from and how old they are, what is still unknown, the rules that name it and in
/// how many situations; then each rule with its basis, source and review date.
struct ReviewSheet {
    struct PartnerRow {
        let partner: Partner
        let note: String?
        /// Each source with its age in days.
        let sources: [(source: FactSource, days: Int?)]
        let unknown: [String]
        let rules: [String]
        let situations: Int
    }

    let network: Network
    let partners: [PartnerRow]
    /// The rules that can name a partner of the network, with their basis and source.
    let rules: [Rule]
    let situationCount: Int
    let dialog: Dialog

    /// - Parameter today: the day the ages of the sources are counted to.
    init(dialog: Dialog, network: Network, today: Date) {
        self.dialog = dialog
        self.network = network
        var counts: [String: Int] = [:]
        var total = 0
        SituationExplorer(dialog: dialog, network: network.id).forEachSituation { situation in
            total += 1
            for id in situation.partners { counts[id, default: 0] += 1 }
        }
        situationCount = total
        let serving = dialog.partners.filter { partner in
            switch partner.scope {
            case .network(let id): id == network.id
            case .shared: network.sharedPartners.contains(partner.id)
            case .land(let land): land == network.land
            case .nationwide: counts[partner.id] != nil
            }
        }
        let naming = { (partner: Partner) in dialog.rules.filter { partner.roles.contains($0.role) } }
        // The network's own offices first, then the shared, the Land's and the nationwide ones.
        let order = { (partner: Partner) -> Int in
            switch partner.scope {
            case .network: 0
            case .shared: 1
            case .land: 2
            case .nationwide: 3
            }
        }
        let sorted = serving.enumerated().sorted { (order($0.element), $0.offset) < (order($1.element), $1.offset) }.map(\.element)
        let days = DayParser()
        partners = sorted.map { partner in
            PartnerRow(
                partner: partner, note: partner.hasNote ? dialog.texts.source(partner.noteID) : nil,
                sources: partner.sources.map { ($0, days.days(from: $0.checked, to: today)) },
                unknown: FactSource.contactFields.filter { partner.contact($0) == nil },
                rules: naming(partner).map(\.id), situations: counts[partner.id] ?? 0)
        }
        let roles = Set(serving.flatMap(\.roles))
        rules = dialog.rules.filter { roles.contains($0.role) }
    }

    /// The sheet as Markdown.
    func markdown() -> String {
        var out = ["# \(network.name) — review sheet", ""]
        out.append(
            "Land \(network.land); \(network.places.count) places (\(network.places.map(\.name).joined(separator: ", "))); "
                + "\(situationCount) situations explored (`lotse paths --network \(network.id)`).")
        out += ["", "## Partners", ""]
        for row in partners {
            out.append("### \(row.partner.name) (`\(row.partner.id)`, \(row.partner.scope))")
            out.append("")
            let languages = row.partner.languageList.isEmpty ? "–" : row.partner.languageList
            out.append("- roles: \(row.partner.roles.joined(separator: ", ")); languages: \(languages)")
            for field in FactSource.contactFields { if let value = row.partner.contact(field) { out.append("- \(field): \(value)") } }
            if let note = row.note { out.append("- note: \(note)") }
            out.append("- still unknown: \(row.unknown.isEmpty ? "nothing" : row.unknown.joined(separator: ", "))")
            for (source, days) in row.sources {
                out.append(
                    "- source: \(source.url) — \(source.gives.joined(separator: ", ")), read \(source.checked) (\(days.map { "\($0) days ago" } ?? "no date"))"
                )
            }
            out.append(
                "- named by: \(row.rules.isEmpty ? "no rule" : row.rules.joined(separator: ", ")); in \(row.situations) of \(situationCount) situations"
            )
            out.append("")
        }
        out += [
            "## Rules", "", "| rule | when | refers | priority | basis | source | reviewed |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for rule in rules {
            let cells = [
                "`\(rule.id)`", "`\(rule.conditionSource)`", rule.role, "\(rule.priority)\(rule.certainty == .may ? " (may)" : "")",
                rule.basis ?? "", rule.source?.url ?? "", rule.source?.checked ?? "",
            ]
            out.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The sheet as a standalone HTML page, for printing.
    func html() -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var out = [
            "<!doctype html>", "<html lang=\"de\"><head><meta charset=\"utf-8\"><title>\(escape(network.name))</title>",
            "<style>body{font-family:sans-serif;max-width:60em;margin:auto}td,th{border:1px solid #999;padding:.2em;vertical-align:top}table{border-collapse:collapse}</style></head><body>",
            "<h1>\(escape(network.name)) — review sheet</h1>",
            "<p>Land \(escape(network.land)); \(network.places.count) places; \(situationCount) situations explored.</p>",
            "<h2>Partners</h2>",
        ]
        for row in partners {
            out.append("<h3>\(escape(row.partner.name)) (<code>\(escape(row.partner.id))</code>)</h3><ul>")
            for field in FactSource.contactFields {
                if let value = row.partner.contact(field) { out.append("<li>\(field): \(escape(value))</li>") }
            }
            if let note = row.note { out.append("<li>note: \(escape(note))</li>") }
            out.append("<li>still unknown: \(escape(row.unknown.isEmpty ? "nothing" : row.unknown.joined(separator: ", ")))</li>")
            for (source, days) in row.sources {
                out.append(
                    "<li>source: <a href=\"\(escape(source.url))\">\(escape(source.url))</a> — \(escape(source.gives.joined(separator: ", "))), read \(escape(source.checked))\(days.map { " (\($0) days ago)" } ?? "")</li>"
                )
            }
            out.append(
                "<li>named by: \(escape(row.rules.joined(separator: ", "))); in \(row.situations) of \(situationCount) situations</li></ul>"
            )
        }
        out.append(
            "<h2>Rules</h2><table><tr><th>rule</th><th>when</th><th>refers</th><th>priority</th><th>basis</th><th>source</th><th>reviewed</th></tr>"
        )
        for rule in rules {
            let cells = [
                rule.id, rule.conditionSource, rule.role, "\(rule.priority)", rule.basis ?? "", rule.source?.url ?? "",
                rule.source?.checked ?? "",
            ]
            out.append("<tr>" + cells.map { "<td>\(escape($0))</td>" }.joined() + "</tr>")
        }
        out.append("</table></body></html>")
        return out.joined(separator: "\n") + "\n"
    }
}
