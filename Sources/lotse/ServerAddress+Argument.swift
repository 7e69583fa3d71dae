import ArgumentParser
import LotseClient

/// `--server HOST:PORT`, validated once where it is parsed.
extension ServerAddress: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
