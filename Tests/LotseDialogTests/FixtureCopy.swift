import Foundation

/// A throwaway copy of a fixture dialog, in which a test plants a defect.
struct FixtureCopy {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    let directory: URL

    /// Copies `Tests/Fixtures/NAME` to a new temporary directory.
    init(_ name: String = "mini") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: directory)
    }

    var path: String { directory.path }

    /// Replaces the first occurrence of `old` in `file` by `new`; fails if `old` is not there.
    func replace(_ old: String, with new: String, in file: String) throws {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw FixtureError.notFound(old, file) }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Appends `text` to `file`.
    func append(_ text: String, to file: String) throws {
        let url = directory.appendingPathComponent(file)
        let old = try String(contentsOf: url, encoding: .utf8)
        try (old + text).write(to: url, atomically: true, encoding: .utf8)
    }

    enum FixtureError: Error {
        case notFound(String, String)
    }
}
