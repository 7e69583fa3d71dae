import ArgumentParser
import LotseClient

/// `--server HOST:PORT`, validated once where it is parsed.
extension ServerAddress: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }

    public static var defaultValueDescription: String { "127.0.0.1:\(defaultPort)" }
}
