public import Foundation

/// Where the tests find the package's files and its built executables.
public enum Repository {
    /// The package's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled knowledge base, `Dialogs/`.
    public static let bundledDialogs = root.appendingPathComponent("Dialogs").path

    /// A small dialog of `Tests/Fixtures/` (`mini`: de and en, a few questions and rules;
    /// `tiny`: two questions, for the server's tests).
    public static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/Fixtures/\(name)").path
    }

    /// The folder holding the built `lotse` and `lotsed`: the test bundle's own build folder
    /// (where `swift test` puts them), else the package's debug build folder.
    private static let products: String? = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle.path, bundle.deletingLastPathComponent().path, root.appendingPathComponent(".build/debug").path]
        return candidates.first { folder in
            ["lotse", "lotsed"].allSatisfy { FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)") }
        }
    }()

    /// The path of the built executable `name`; a clear failure when it was not built.
    public static func product(_ name: String) throws(TestSetupError) -> String {
        guard let products else { throw .notBuilt(name) }
        return "\(products)/\(name)"
    }
}

/// Why a test could not set itself up.
public enum TestSetupError: Error, CustomStringConvertible {
    /// An executable the test runs is not beside the test bundle.
    case notBuilt(String)
    /// A fixture edit did not find its text.
    case notInFixture(text: String, file: String)
    /// A started `lotsed` did not say where it listens.
    case notListening(log: String)

    public var description: String {
        switch self {
        case .notBuilt(let name): "no built `\(name)` beside the test bundle; run `swift build` first"
        case .notInFixture(let text, let file): "'\(text)' is not in \(file)"
        case .notListening(let log): "lotsed did not say where it listens:\n\(log)"
        }
    }
}
