/// Waits until `condition` holds, checking every 20 ms for at most `timeout`; whether it did.
/// The timeout is a ceiling for a loaded machine, not a measurement: tests never assert timings.
public func eventually(within timeout: Duration = .seconds(5), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
