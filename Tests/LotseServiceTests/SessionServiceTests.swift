import Logging
import LotseEngine
import LotseProtocol
import LotseTestSupport
import Synchronization
import Testing

@testable import LotseService

/// The session road as a value: open, a line, close — no socket anywhere.
@Suite struct SessionServiceTests {
    /// What the observers were told, in order.
    final class Observations: ServiceObserver {
        let events = Mutex<[String]>([])

        func sessionStarted(open: Int) { note("started open=\(open)") }
        func sessionEnded(_ ending: SessionEnding) {
            note("ended outcome=\(ending.outcome) reason=\(ending.reason) open=\(ending.open) visit=\(ending.isVisit)")
        }
        func turn(_ turn: ServerTurn, took duration: Duration) { note("turn \(ServerLine.lines(for: turn).first ?? "")") }

        private func note(_ text: String) { events.withLock { $0.append(text) } }
        var all: [String] { events.withLock { $0 } }
    }

    /// A connection the service can interrupt; it counts what it was asked.
    final class Handle: ConnectionHandle {
        let interrupts = Mutex<[ConnectionInterrupt]>([])
        func interrupt(_ interrupt: ConnectionInterrupt) { interrupts.withLock { $0.append(interrupt) } }
        func forceClose() {}
    }

    let observations = Observations()

    func service(token: String? = nil, adjust: (inout ServerLimits) -> Void = { _ in }) throws -> SessionService {
        var limits = ServerLimits()
        adjust(&limits)
        let store = try DialogStore(directory: Repository.fixture("tiny"), logger: .silent)
        return SessionService(store: store, counselorToken: token, limits: limits, logger: .silent, observers: [observations])
    }

    func admitted(_ opening: SessionService.Opening) -> (ServiceSession, [String])? {
        if case .admitted(let session, let greeting) = opening { return (session, greeting) }
        Issue.record("expected a session, got a refusal")
        return nil
    }

    @Test func openGreetsALineIsAnsweredCloseCounts() throws {
        let service = try service()
        guard let (session, greeting) = admitted(service.open(from: "10.0.0.1", encrypted: false, handle: Handle())) else { return }
        #expect(greeting.first?.hasPrefix("HELLO lotse/1 session=\(session.id) dialog=tiny@") == true)
        #expect(service.sessionCount == 1)
        guard case .turn(let turn) = session.reply(toLine: Array("19".utf8)) else {
            Issue.record("an answer is a turn")
            return
        }
        #expect(ServerLine.lines(for: turn).contains("ASK money yesno"))
        guard case .turn(let bye) = session.reply(toLine: Array("/quit".utf8)) else { return }
        #expect(bye.closingReason == .quit)
        session.close()
        session.close()
        #expect(service.sessionCount == 0)
        #expect(
            observations.all == [
                "started open=1", "turn SAY Brauchst du Geld?", "turn BYE quit",
                "ended outcome=unfinished reason=quit open=0 visit=true",
            ])
    }

    @Test func aSessionOverTheLimitIsRefusedWithItsLastLines() throws {
        let service = try service { $0.maxPerAddress = 1 }
        _ = service.open(from: "10.0.0.1", encrypted: false, handle: Handle())
        guard case .refused(let lines) = service.open(from: "10.0.0.1", encrypted: false, handle: Handle()) else {
            Issue.record("a second session from the address is refused")
            return
        }
        #expect(lines.first?.hasPrefix("ERR 429 ") == true)
        #expect(lines.last == "BYE limit")
        #expect(observations.all == ["started open=1"])
    }

    @Test func authNeedsTLSOrThisMachine() throws {
        let service = try service(token: "x")
        for (address, encrypted, granted) in [("10.0.0.1", false, false), ("10.0.0.1", true, true), ("127.0.0.1", false, true)] {
            guard let (session, _) = admitted(service.open(from: address, encrypted: encrypted, handle: Handle())) else { return }
            _ = session.reply(toLine: Array("/auth x".utf8))
            #expect(session.session.isCounselor == granted, "\(address) encrypted=\(encrypted)")
            session.close()
        }
    }

    @Test func shutdownInterruptsEverySessionAndItsTurnIsBye() throws {
        let service = try service()
        let handle = Handle()
        guard let (session, _) = admitted(service.open(from: "10.0.0.1", encrypted: false, handle: handle)) else { return }
        #expect(service.beginShutdown() == 1)
        #expect(service.beginShutdown() == 0)
        #expect(handle.interrupts.withLock { $0 } == [.shutdown])
        #expect(session.turn(for: .shutdown) == .server([.bye(.shutdown)]))
        guard case .refused(let lines) = service.open(from: "10.0.0.2", encrypted: false, handle: Handle()) else { return }
        #expect(lines.last == "BYE shutdown")
        session.close()
        #expect(observations.all.last == "ended outcome=unfinished reason=shutdown open=0 visit=true")
    }

    @Test func anIdleInterruptLapsesWhenALineCameMeanwhile() throws {
        let service = try service { $0.idleTimeout = .seconds(5) }
        let start = ContinuousClock.now
        guard let (session, _) = admitted(service.open(from: "10.0.0.1", encrypted: false, handle: Handle(), at: start)) else { return }
        _ = session.reply(toLine: Array("19".utf8), at: start + .seconds(4))
        #expect(session.turn(for: .idle, at: start + .seconds(6)) == nil)
        #expect(session.turn(for: .idle, at: start + .seconds(9)) == .server([.bye(.idle)]))
    }

    @Test func aCounselorsSessionIsNoVisit() throws {
        let service = try service(token: "x")
        guard let (session, _) = admitted(service.open(from: "127.0.0.1", encrypted: false, handle: Handle())) else { return }
        _ = session.reply(toLine: Array("/auth x".utf8))
        #expect(session.reply(toLine: Array("/reload".utf8)) == .reload)
        guard case .server(let answer) = session.reloaded(session.makeReload()()), case .note(let note) = answer.first else {
            Issue.record("a reload is answered with a note")
            return
        }
        #expect(note.hasPrefix("Neu geladen"))
        session.close()
        #expect(observations.all.last?.hasSuffix("reason=disconnected open=0 visit=false") == true)
    }
}
