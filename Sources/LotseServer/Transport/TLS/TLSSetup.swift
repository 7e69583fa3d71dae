import NIOCore
import NIOSSL

/// Any transport behind TLS (as Hummingbird's `TLSChannel` wraps any child channel): the TLS
/// handler first, then the wrapped transport, told that its connections are encrypted.
struct TLSSetup: TransportSetup {
    let context: NIOSSLContext
    let wrapped: any TransportSetup

    init(context: NIOSSLContext, wrapping wrapped: any TransportSetup) {
        self.context = context
        self.wrapped = wrapped
    }

    func setUp(_ channel: any Channel, encrypted: Bool) throws {
        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
        try wrapped.setUp(channel, encrypted: true)
    }
}
