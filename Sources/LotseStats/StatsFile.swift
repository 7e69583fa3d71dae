import Foundation
import GRDB

/// The statistics file (`lotsed --stats FILE`): daily counts in SQLite, and nothing else.
///
/// One table, `daily_count(day, dimension, value, count)`: how many sessions ended that day,
/// how many by outcome, by language and by region, and how many referrals each partner got.
/// No row per session, no time finer than a day. The file is created readable by its owner
/// only.
public final class StatsFile: Sendable {
    /// Where the file is.
    public let path: String
    private let database: DatabaseQueue

    /// Opens the file for adding counts, creating it (mode 0600) if it does not exist.
    public init(path: String) throws(StatsError) {
        self.path = path
        let isNew = !FileManager.default.fileExists(atPath: path)
        do {
            database = try DatabaseQueue(path: path)
            if isNew { try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path) }
            try Self.migrator.migrate(database)
        } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// Opens an existing file for reading only, as `lotse report` does.
    public init(readingOnly path: String) throws(StatsError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            guard try database.read({ db in try db.tableExists("daily_count") }) else {
                throw StatsError.cannotOpen(path: path, reason: "it has no daily counts (is it a Lotse statistics file?)")
            }
        } catch let error as StatsError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// Adds one ended session's counts, in one transaction.
    public func add(_ tally: SessionTally) async throws(StatsError) {
        do {
            try await database.write { db in try Self.insert(tally, into: db) }
        } catch {
            throw .cannotWrite(path: path, reason: Self.reason(error))
        }
    }

    /// Adds many sessions' counts in one transaction (for filling a file, as the report tests do).
    public func add(_ tallies: [SessionTally]) throws(StatsError) {
        do {
            try database.write { db in
                for tally in tallies { try Self.insert(tally, into: db) }
            }
        } catch {
            throw .cannotWrite(path: path, reason: Self.reason(error))
        }
    }

    /// Every count from `first` to `last` (both included; nil: no bound), by day.
    public func counts(from first: StatsDay? = nil, to last: StatsDay? = nil) throws(StatsError) -> [DailyCount] {
        do {
            return try database.read { db in
                try Row.fetchAll(
                    db,
                    sql: "SELECT day, dimension, value, count FROM daily_count WHERE day >= ? AND day <= ? ORDER BY day, dimension, value",
                    arguments: [first?.description ?? "", last?.description ?? "9999-99-99"]
                ).compactMap { row in
                    guard let day = StatsDay(row["day"]), let dimension = StatsDimension(rawValue: row["dimension"]) else { return nil }
                    return DailyCount(day: day, key: StatsKey(dimension, row["value"]), count: row["count"])
                }
            }
        } catch {
            throw .cannotRead(path: path, reason: Self.reason(error))
        }
    }

    private static func insert(_ tally: SessionTally, into db: Database) throws {
        for key in tally.keys {
            try db.execute(
                sql: """
                    INSERT INTO daily_count (day, dimension, value, count) VALUES (?, ?, ?, 1)
                    ON CONFLICT (day, dimension, value) DO UPDATE SET count = count + 1
                    """,
                arguments: [tally.day.description, key.dimension.rawValue, key.value])
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("daily counts") { db in
            try db.execute(
                sql: """
                    CREATE TABLE daily_count (
                        day TEXT NOT NULL,
                        dimension TEXT NOT NULL,
                        value TEXT NOT NULL,
                        count INTEGER NOT NULL,
                        PRIMARY KEY (day, dimension, value)
                    ) WITHOUT ROWID
                    """)
        }
        return migrator
    }

    private static func reason(_ error: any Error) -> String {
        (error as? DatabaseError)?.message ?? "\(error)"
    }
}

/// One stored count: on `day`, `count` sessions (or referrals) under `key`.
public struct DailyCount: Sendable, Equatable {
    public let day: StatsDay
    public let key: StatsKey
    public let count: Int

    public init(day: StatsDay, key: StatsKey, count: Int) {
        self.day = day
        self.key = key
        self.count = count
    }
}
