import Foundation
import LotseDialog

@testable import LotseEngine

/// The mini fixture dialog (Tests/Fixtures/mini), loaded once for all engine tests.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mini").path
    static let dialog: Dialog = try! DialogLoader.load(directory: directory)
}

extension Session {
    /// A started session on the mini fixture that has been sent `lines`.
    static func mini(after lines: [String] = [], language: String? = nil) -> Session {
        var session = Session(dialog: Fixture.dialog, language: language)
        _ = session.start()
        for line in lines { _ = session.step(line) }
        return session
    }
}

extension [Event] {
    /// The `ERR` texts of a turn.
    var errors: [String] { compactMap { if case .error(_, let text) = $0 { text } else { nil } } }
    /// The slot of the `ASK` in a turn.
    var asked: String? { firstNonNil { if case .ask(let slot, _) = $0 { slot } else { nil } } }
    /// The partners referred in a turn, in rank order.
    var referred: [String] { compactMap { if case .refer(_, let partner, _) = $0 { partner } else { nil } } }
    /// The `SAY` texts of a turn.
    var said: [String] { compactMap { if case .say(let text) = $0 { text } else { nil } } }
    /// The `WHY` texts for `partner`.
    func reasons(for partner: String) -> [String] {
        compactMap { if case .why(partner, let text) = $0 { text } else { nil } }
    }
    /// The `INFO` values of `field` for `partner`.
    func info(_ partner: String, _ field: InfoField) -> [String] {
        compactMap { if case .info(partner, field, let value) = $0 { value } else { nil } }
    }

    private func firstNonNil<T>(_ transform: (Event) -> T?) -> T? {
        lazy.compactMap(transform).first
    }
}

/// The answers that take the mini dialog from the greeting to the referral, one per question:
/// crisis no, age 19, region north, goal training, money no, language German.
let walkToReferral = ["nein", "19", "1", "1", "nein", "1"]
