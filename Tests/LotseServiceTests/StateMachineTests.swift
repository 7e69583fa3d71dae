import Testing

@testable import LotseService

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

    @Test func wrongTokensAreLimitedServerWideThenNoTokenIsCompared() {
        var auth = CounselorAuth(token: "right", perMinute: 6, burst: 3, at: start)
        let attempts: [(String, Duration)] = [
            ("wrong", .zero), ("wrong", .zero), ("wrong", .zero), ("right", .zero), ("right", .seconds(10)), ("wrong", .seconds(10)),
        ]
        let verdicts = attempts.map { auth.attempt($0.0, at: start + $0.1) }
        // Three wrong tokens from anywhere use the burst; then even the right one waits the
        // 10 s a new allowance takes at 6 a minute.
        #expect(verdicts == [.denied, .denied, .denied, .paused(.seconds(10)), .granted, .denied])
    }

    @Test func theRightTokenCostsNoAllowance() {
        var auth = CounselorAuth(token: "right", perMinute: 1, burst: 1, at: start)
        let verdicts = ["right", "right", "wrong", "right"].map { auth.attempt($0, at: start) }
        #expect(verdicts == [.granted, .granted, .denied, .paused(.seconds(60))])
    }

    @Test func authWithoutTokenIsOff() {
        var auth = CounselorAuth(token: nil, perMinute: 10, burst: 10, at: start)
        #expect(auth.attempt("", at: start) == .notConfigured)
    }

    @Test func aConnectionWaitsLongerAfterEachOfItsWrongTokens() {
        var backoff = AuthBackoff(initial: .seconds(1), ceiling: .seconds(4))
        #expect(backoff.remaining(at: start) == nil)
        backoff.failed(at: start)
        #expect(backoff.remaining(at: start + .milliseconds(400)) == .milliseconds(600))
        #expect(backoff.remaining(at: start + .seconds(1)) == nil)
        var delays: [Duration?] = []
        for second in [1, 3, 7, 11] {
            backoff.failed(at: start + .seconds(second))
            delays.append(backoff.remaining(at: start + .seconds(second)))
        }
        #expect(delays == [.seconds(2), .seconds(4), .seconds(4), .seconds(4)])
        backoff.succeeded()
        #expect(backoff.remaining(at: start + .seconds(11)) == nil)
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
        #expect(ServiceSession.seconds(.milliseconds(12_345)) == "12.345s")
        #expect(ServiceSession.seconds(.milliseconds(7)) == "0.007s")
    }
}
