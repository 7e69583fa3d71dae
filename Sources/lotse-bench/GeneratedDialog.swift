import Foundation

/// A large dialog for the load benchmark: the bundled Dialogs (without translations and
/// transcripts) plus one generated flow of `nodes` nodes, alternating `say` and `branch`.
enum GeneratedDialog {
    /// Writes it to a new temporary directory and returns the directory.
    static func write(from source: String, nodes: Int) throws -> String {
        let manager = FileManager.default
        let directory = manager.temporaryDirectory.appendingPathComponent("lotse-bench-\(UUID().uuidString)")
        try manager.createDirectory(at: directory.appendingPathComponent("flows"), withIntermediateDirectories: true)
        for file in ["dialog.yaml", "situation.yaml", "messages.yaml", "rules.yaml", "directory.yaml"] {
            try manager.copyItem(atPath: "\(source)/\(file)", toPath: directory.appendingPathComponent(file).path)
        }
        for file in try manager.contentsOfDirectory(atPath: "\(source)/flows") {
            try manager.copyItem(atPath: "\(source)/flows/\(file)", toPath: directory.appendingPathComponent("flows/\(file)").path)
        }
        // Only the source language: translations would all be reported missing.
        let header = try String(contentsOfFile: "\(source)/dialog.yaml", encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("  ") || $0.hasPrefix("  de:") }.joined(separator: "\n")
        try header.write(to: directory.appendingPathComponent("dialog.yaml"), atomically: true, encoding: .utf8)
        var lines = ["flow: generated", "nodes:"]
        for index in 0..<(nodes - 2) {
            let next = index + 1 < nodes - 2 ? "g\(index + 1)" : "generated-refer"
            if index.isMultiple(of: 2) {
                lines += ["  - id: g\(index)", "    say: Schritt \(index)", "    next: \(next)"]
            } else {
                lines += [
                    "  - id: g\(index)", "    branch:", "      - when: age < \(index % 90 + 6) and goal == job", "        goto: \(next)",
                    "      - else: \(next)",
                ]
            }
        }
        lines += ["  - id: generated-refer", "    refer: Fertig.", "  - id: generated-end", "    end: auto"]
        try lines.joined(separator: "\n").write(
            to: directory.appendingPathComponent("flows/generated.yaml"), atomically: true,
            encoding: .utf8)
        return directory.path
    }
}
