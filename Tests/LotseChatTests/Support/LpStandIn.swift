import Foundation

/// An `lp` for the print tests (no CUPS runs here; docs/client.md says how to set up
/// cups-pdf): a script in its own folder, put first on the `PATH`, that keeps the arguments
/// it was called with and the job it was given.
struct LpStandIn {
    /// The folder with the script; put it first on the client's `PATH`.
    let folder: String

    init() throws {
        folder = try temporaryFolder()
        try "#!/bin/sh\necho \"$@\" > \"\(folder)/arguments\"\ncat > \"\(folder)/job\"\n"
            .write(toFile: folder + "/lp", atomically: true, encoding: .utf8)
        chmod(folder + "/lp", 0o755)
    }

    /// The arguments of the last call, e.g. `-d Empfang -t Lotse`.
    func arguments() throws -> String {
        try String(contentsOfFile: folder + "/arguments", encoding: .utf8)
    }

    /// The text of the last job.
    func job() throws -> String {
        try String(contentsOfFile: folder + "/job", encoding: .utf8)
    }
}
