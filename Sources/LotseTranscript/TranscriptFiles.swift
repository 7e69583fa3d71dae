import Foundation

/// Finds transcripts: the `*.chat` files named, and those below the directories named.
public enum TranscriptFiles {
    public static func find(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [path] }
            guard isDirectory.boolValue else { return [path] }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            return found.filter { $0.hasSuffix(".chat") }.sorted().map { "\(base)/\($0)" }
        }
    }
}
