import Foundation

/// Where the tests find the built executables and the fixture dialog.
enum Paths {
    /// The package's root folder.
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The small de+en dialog of the fixtures.
    static let miniDialogs = package.appendingPathComponent("Tests/Fixtures/mini").path
    /// The bundled knowledge base.
    static let bundledDialogs = package.appendingPathComponent("Dialogs").path

    /// The folder holding `lotse` and `lotsed`: the test bundle's own build folder, else the
    /// package's usual debug build folders.
    static let products: String? = {
        let bundle = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle.path, bundle.deletingLastPathComponent().path]
            + [".build/debug", ".build-client/debug"].map { package.appendingPathComponent($0).path }
        return candidates.first { folder in
            ["lotse", "lotsed"].allSatisfy { FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)") }
        }
    }()

    /// The path of a built executable.
    static func product(_ name: String) throws -> String {
        guard let products else { throw TestFailure("no built `lotse` and `lotsed` beside the test bundle; run `swift build` first") }
        return "\(products)/\(name)"
    }
}

/// A test could not set itself up.
struct TestFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
