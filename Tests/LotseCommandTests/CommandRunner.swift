import Foundation
import LotseTestSupport

/// Runs the built `lotse` executable, as a person or a script would, and captures what it prints.
struct CommandRunner {
    struct Result {
        let status: Int32
        let output: String
    }

    /// `lotse ARGUMENTS`, run in the repository's folder. It is waited for on a thread of its
    /// own, so that a server in this test process keeps the cooperative threads while the
    /// command talks to it.
    static func lotse(_ arguments: String...) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Swift.Result { try run(arguments) }) }
        }
    }

    private static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Repository.product("lotse"))
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
