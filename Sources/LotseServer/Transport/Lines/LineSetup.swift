import Logging
import LotseService
import NIOCore
import NIOPosix

/// The TCP line transport of protocol v1: LF-framed lines within the line limit, each
/// carried to the service by a `SessionHandler`, each turn spelt into its event loop's
/// output buffer.
struct LineSetup: TransportSetup {
    let service: SessionService
    let logger: Logger
    let outputs: OutputBuffers

    func setUp(_ channel: any Channel, encrypted: Bool) throws {
        let handler = SessionHandler(
            services: SessionServices(service: service, encrypted: encrypted, logger: logger),
            decoder: LineFrameDecoder(maxLineBytes: service.limits.maxLineBytes),
            output: outputs.buffer(for: channel.eventLoop))
        try channel.pipeline.syncOperations.addHandler(handler)
    }
}
