import Foundation
public import LotseDialog

/// A network's transcripts (`networks/ID/tests/*.chat`) walk that network: none of their
/// referrals may name another network's partner.
public enum NetworkTranscripts {
    /// The network whose folder holds the transcript at `path`, if any.
    public static func network(of path: String) -> String? {
        let parts = path.split(separator: "/")
        guard let index = parts.lastIndex(of: "tests"), index >= 2, parts[index - 2] == "networks" else { return nil }
        return String(parts[index - 1])
    }

    /// The partners the transcript at `path` must never be referred to: every other network's
    /// own; none for a transcript of the core.
    public static func foreignPartners(of path: String, in dialog: Dialog) -> Set<String> {
        guard let own = network(of: path) else { return [] }
        return Set(
            dialog.partners.compactMap { partner in
                if case .network(let id) = partner.scope, id != own { partner.id } else { nil }
            })
    }

    /// The transcripts of a Dialogs directory: the core's `tests/` and each network's.
    public static func bundled(in directory: String) -> [String] {
        TranscriptFiles.find(
            ["\(directory)/tests"] + DialogLoader.networkIDs(directory: directory).map { "\(directory)/networks/\($0)/tests" }
        )
        .filter { FileManager.default.fileExists(atPath: $0) }
    }
}
