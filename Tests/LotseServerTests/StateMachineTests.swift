import Testing

@testable import LotseServer

/// The server's decisions as plain values, without sockets or clocks.
@Suite struct StateMachineTests {
    let start = ContinuousClock.now

    @Test func tokenBucketAllowsABurstThenTheRate() {
        var bucket = TokenBucket(rate: 2, burst: 3, at: start)
        let offsets: [Duration] = [.zero, .zero, .zero, .zero, .milliseconds(400), .milliseconds(600), .milliseconds(700)]
        #expect(offsets.map { bucket.take(at: start + $0) } == [true, true, true, false, false, true, false])
        // Refills up to the burst, no further.
        #expect((0..<4).map { _ in bucket.take(at: start + .seconds(60)) } == [true, true, true, false])
    }

    @Test func tokenBucketWithRateZeroNeverRefuses() {
        var bucket = TokenBucket(rate: 0, burst: 1, at: start)
        #expect((0..<10_000).allSatisfy { _ in bucket.take(at: start) })
    }

    @Test func admissionsCountTotalAndPerAddress() throws {
        var admissions = Admissions(maxSessions: 3, maxPerAddress: 2)
        try admissions.admit(address: "a")
        try admissions.admit(address: "a")
        #expect(throws: Admissions.Refusal.tooManyFromAddress(limit: 2)) { try admissions.admit(address: "a") }
        try admissions.admit(address: "b")
        #expect(throws: Admissions.Refusal.tooManySessions(limit: 3)) { try admissions.admit(address: "c") }
        admissions.release(address: "a")
        try admissions.admit(address: "c")
        admissions.release(address: "unknown")
        #expect(admissions.total == 3)
        admissions.shutDown()
        admissions.release(address: "b")
        #expect(throws: Admissions.Refusal.shuttingDown) { try admissions.admit(address: "b") }
    }

    @Test func refusalsEndWithBye() {
        #expect(Admissions.Refusal.tooManySessions(limit: 5).lines.last == "BYE limit")
        #expect(Admissions.Refusal.tooManyFromAddress(limit: 5).lines.first?.hasPrefix("ERR 429 ") == true)
        #expect(Admissions.Refusal.shuttingDown.lines == ["ERR 503 the server is shutting down", "BYE shutdown"])
    }

    @Test func constantTimeComparison() {
        let equals = CounselorAuth.constantTimeEquals
        #expect(equals(Array("token".utf8), Array("token".utf8)))
        #expect(!equals(Array("token".utf8), Array("tokeN".utf8)))
        #expect(!equals(Array("token".utf8), Array("token\0".utf8)))
        #expect(!equals(Array("token".utf8), []))
        #expect(equals([], []))
    }

    @Test func authPausesAfterWrongTokensPerAddress() {
        var auth = CounselorAuth(token: "right", maxFailures: 3, pause: .seconds(10))
        let attempts: [(String, String, Duration)] = [
            ("wrong", "a", .zero), ("wrong", "a", .zero), ("right", "b", .zero), ("wrong", "a", .zero),
            ("right", "a", .seconds(4)), ("right", "b", .seconds(4)), ("right", "a", .seconds(10)),
        ]
        let verdicts = attempts.map { auth.attempt($0.0, from: $0.1, at: start + $0.2) }
        #expect(verdicts == [.denied, .denied, .granted, .denied, .paused(.seconds(6)), .granted, .granted])
    }

    @Test func authSuccessForgetsEarlierFailures() {
        var auth = CounselorAuth(token: "right", maxFailures: 3, pause: .seconds(10))
        let verdicts = ["wrong", "wrong", "right", "wrong", "wrong"].map { auth.attempt($0, from: "a", at: start) }
        #expect(verdicts == [.denied, .denied, .granted, .denied, .denied])
    }

    @Test func authWithoutTokenIsOff() {
        var auth = CounselorAuth(token: nil, maxFailures: 3, pause: .seconds(10))
        let verdict = auth.attempt("", from: "a", at: start)
        #expect(verdict == .notConfigured)
    }

    @Test func authRemembersABoundedNumberOfAddresses() {
        var auth = CounselorAuth(token: "right", maxFailures: 3, pause: .seconds(1))
        for index in 0..<(CounselorAuth.rememberedAddresses * 3) {
            _ = auth.attempt("wrong", from: "address-\(index)", at: start + .seconds(index / 100))
        }
        #expect(auth.rememberedCount <= CounselorAuth.rememberedAddresses)
    }

    @Test func idleIsTimedFromTheLastCompleteLine() {
        var activity = ConnectionActivity(at: start)
        var verdicts = [activity.verdict(at: start + .seconds(9), timeout: .seconds(10))]
        activity.lineReceived(at: start + .seconds(5))
        verdicts += [14, 15, 16].map { activity.verdict(at: start + .seconds($0), timeout: .seconds(10)) }
        activity.lineReceived(at: start + .seconds(20))
        verdicts.append(activity.verdict(at: start + .seconds(30), timeout: .seconds(10)))
        // `.idle` is said once per quiet spell.
        #expect(verdicts == [.active, .active, .idle, .active, .idle])
    }

    @Test func aTurnNobodyReadsIsStalled() {
        var activity = ConnectionActivity(at: start)
        activity.writeStarted()
        let verdicts = [5, 10, 11].map { activity.verdict(at: start + .seconds($0), timeout: .seconds(10)) }
        #expect(verdicts == [.active, .stalled, .active])
        activity.writeFinished(at: start + .seconds(12))
        #expect(!activity.isIdle(at: start + .seconds(21), timeout: .seconds(10)))
    }

    @Test func sessionIDsAreEightHexDigits() {
        for _ in 0..<100 {
            #expect(SessionID.random().wholeMatch(of: /[0-9a-f]{8}/) != nil)
        }
    }

    @Test func durationsAreLoggedInSeconds() {
        #expect(SessionHandler.seconds(.milliseconds(12_345)) == "12.345s")
        #expect(SessionHandler.seconds(.milliseconds(7)) == "0.007s")
    }
}
