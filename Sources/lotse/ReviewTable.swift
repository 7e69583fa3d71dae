import LotseDialog

/// The rules as a Markdown table for counselors: when each fires, whom it names in each
/// region, why, and on what basis — to check the rules without reading YAML.
enum ReviewTable {
    static func render(_ dialog: Dialog) -> String {
        let regions = dialog.slots[dialog.regionSlot]?.values ?? []
        let space = ValueSpace(dialog)
        let regionNames = regions.map { dialog.texts.text("\(dialog.regionSlot).\($0)", in: dialog.sourceLanguage) }
        var lines = [
            "| rule | when | " + regionNames.joined(separator: " | ") + " | reason | basis |",
            "| --- | --- | " + regions.map { _ in "---" }.joined(separator: " | ") + " | --- | --- |",
        ]
        for rule in dialog.rules {
            let cells = regions.map { region -> String in
                guard space.canBeTrue(rule.condition, fixed: [dialog.regionSlot: .key(region)]) else { return "–" }
                let names = dialog.partners(for: rule.role, in: region).map(\.id)
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
