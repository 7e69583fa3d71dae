import Logging
import NIOCore

/// Any transport behind a load balancer that sends a PROXY protocol v1 header first
/// (`--proxy-protocol`): the header is read before anything else — before TLS — and names the
/// terminal the session is admitted and judged by.
struct ProxySetup: TransportSetup {
    let logger: Logger
    let wrapped: any TransportSetup

    init(logger: Logger, wrapping wrapped: any TransportSetup) {
        self.logger = logger
        self.wrapped = wrapped
    }

    func setUp(_ channel: any Channel, encrypted: Bool) throws {
        try channel.pipeline.syncOperations.addHandler(ProxyHeaderHandler(logger: logger))
        try wrapped.setUp(channel, encrypted: encrypted)
    }
}
