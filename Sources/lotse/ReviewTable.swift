import LotseDialog

/// The rules as a Markdown table for counselors: when each fires, whom it names in each
/// network (and on the nationwide path), why, and on what basis — to check the rules without
/// reading YAML.
enum ReviewTable {
    static func render(_ dialog: Dialog) -> String {
        let space = ValueSpace(dialog)
        let areas: [(name: String, network: Network?)] = dialog.networks.map { ($0.name, $0) } + [("elsewhere", nil)]
        var lines = [
            "| rule | when | " + areas.map(\.name).joined(separator: " | ") + " | reason | basis |",
            "| --- | --- | " + areas.map { _ in "---" }.joined(separator: " | ") + " | --- | --- |",
        ]
        for rule in dialog.rules {
            let cells = areas.map { area -> String in
                let fixed: [String: SlotValue] = [
                    dialog.regionSlot: .key(area.network?.id ?? "other"), dialog.landSlot: .key(area.network?.land ?? "unknown"),
                ]
                guard space.canBeTrue(rule.condition, fixed: fixed) else { return "–" }
                let names = dialog.partners(for: rule.role, network: area.network?.id, land: area.network?.land).map(\.id)
                return names.isEmpty ? "**nobody**" : names.joined(separator: ", ")
            }
            var flags: [String] = []
            if rule.isEmergency { flags.append("emergency, first") }
            if rule.certainty == .may { flags.append("may") }
            flags.append("priority \(rule.priority)")
            let reason = dialog.texts.text(rule.textID, in: dialog.sourceLanguage)
            lines.append(
                "| `\(rule.id)` (\(flags.joined(separator: ", "))) | `\(rule.conditionSource)` | "
                    + cells.joined(separator: " | ") + " | \(escape(reason)) | \(escape(rule.basis ?? "")) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
