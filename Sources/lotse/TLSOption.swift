import ArgumentParser
import LotseClient

/// `--tls [--ca FILE]`, as `lotse chat` and `lotse test --server` take it.
struct TLSOption: ParsableArguments {
    @Flag(help: "Talk TLS to the daemon and check its certificate and name.")
    var tls = false

    @Option(
        help: ArgumentHelp(
            "With --tls: the CA (PEM) the daemon's certificate must chain to (default: the system's).",
            valueName: "file"))
    var ca: String?

    func validate() throws {
        if ca != nil, !tls { throw ValidationError("--ca belongs to --tls") }
    }

    /// The client's TLS, or nil for plain TCP; a CA file that cannot be read stops here.
    func client() throws -> ClientTLS? {
        guard tls else { return nil }
        do {
            return try ClientTLS(caFile: ca)
        } catch {
            throw ValidationError("cannot use --ca \(ca ?? "(system roots)"): \(error)")
        }
    }
}
