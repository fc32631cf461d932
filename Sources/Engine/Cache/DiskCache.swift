import Diagnostics
import Foundation
import GRDB

/// The build cache's folder (`.rme-cache/`): one SQLite database (`cache.sqlite`, through GRDB) holding every
/// entry, each ending in a checksum of its bytes, and the `rme` that wrote them.
///
/// SQLite rather than a file per entry: creating ten thousand small files cost a cold build more system time
/// than the entries saved, and a database gives whole transactions, concurrent readers and one file to delete.
/// Nothing here is trusted: a missing or corrupt entry, one written by another `rme`, or a database SQLite
/// cannot read is a miss, and the result is computed again (an unreadable database is deleted and started
/// anew). A killed build leaves the last committed transaction. Failures to write are ignored: the cache
/// only saves time.
struct DiskCache: Sendable {
    /// The kinds of entries.
    enum Kind: String, Sendable {
        /// A file's check, its experience without the body's sections (read by every build).
        case check
        /// The sections of a checked experience, under its check's key (read only to render its chapter anew).
        case sections
        case chapter
    }

    /// One entry waiting to be written.
    struct Entry: Sendable {
        let kind: Kind
        let key: Digest
        let bytes: [UInt8]
    }

    let folder: String
    /// `nil` when the database could not be opened even anew: the build then runs with memory only.
    private let database: DatabasePool?

    /// The database file's name inside the folder.
    static let databaseName = "cache.sqlite"

    /// Opens (creating when missing) the folder and its database; its entries are removed when another `rme`
    /// wrote them.
    init(folder: String) {
        self.folder = folder
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        Self.removeEarlierLayout(in: folder)
        if !FileManager.default.fileExists(atPath: folder + "/.gitignore") {
            try? Data("*\n".utf8).write(to: URL(fileURLWithPath: folder + "/.gitignore"), options: .atomic)
        }
        let path = folder + "/" + Self.databaseName
        if let opened = try? Self.open(path) {
            database = opened
        } else {
            // Unreadable (corrupt, truncated, not a database): it only held results, so start anew.
            Self.removeDatabase(at: path)
            database = try? Self.open(path)
        }
    }

    /// An entry's bytes when it is whole (its checksum matches); `nil` otherwise.
    func read(_ kind: Kind, _ key: Digest) -> [UInt8]? {
        // One SELECT is its own consistent snapshot in SQLite: the explicit read transaction `read` wraps
        // around it (BEGIN, COMMIT) cost a no-change rebuild more than the lookup itself.
        let sealed = try? database?.unsafeRead { db in
            try Data.fetchOne(
                db.cachedStatement(sql: "SELECT payload FROM entry WHERE kind = ? AND key = ?"),
                arguments: [kind.rawValue, key.hex])
        }
        return Self.verified(sealed.flatMap { $0 })
    }

    /// The sealed bytes (checksum not yet checked: `verified` does it, on the caller's thread) of the entries of
    /// `kind` whose keys are in `keys`, read in one statement: a build that needs a thousand entries pays for one
    /// query, not a thousand.
    func readSealed(_ kind: Kind, _ keys: Set<Digest>) -> [Digest: Data] {
        guard !keys.isEmpty else { return [:] }
        let wanted = Set(keys.map(\.hex))
        let rows = try? database?.unsafeRead { db -> [Digest: Data] in
            var found: [Digest: Data] = [:]
            let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT key, payload FROM entry WHERE kind = ?"), arguments: [kind.rawValue])
            while let row = try rows.next() {
                let key: String = row[0]
                guard wanted.contains(key) else { continue }
                found[Digest(hex: key)] = row[1]
            }
            return found
        }
        return rows ?? [:]
    }

    /// Writes entries with their checksums, in one transaction.
    func write(_ entries: [Entry]) {
        guard !entries.isEmpty else { return }
        try? database?.write { db in
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO entry (kind, key, payload) VALUES (?, ?, ?)")
            for entry in entries {
                try insert.execute(arguments: [entry.kind.rawValue, entry.key.hex, Self.sealed(entry.bytes)])
            }
        }
    }

    /// The record of the last build's output, when it is whole.
    func readRecord() -> OutputRecord? {
        let sealed = try? database?.read { db in
            try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'record'")
        }
        return Self.verified(sealed.flatMap { $0 }).flatMap { try? CacheDecoder.decode(OutputRecord.self, from: $0) }
    }

    /// The record of the last whole build, when it is whole.
    func readUpToDate() -> UpToDateRecord? {
        let sealed = try? database?.unsafeRead { db in
            try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'up-to-date'")
        }
        return Self.verified(sealed.flatMap { $0 }).flatMap { try? CacheDecoder.decode(UpToDateRecord.self, from: $0) }
    }

    /// Replaces the record of the last whole build (`nil` removes it: the output no longer matches any).
    func write(upToDate record: UpToDateRecord?) {
        try? database?.write { db in
            if let record, let bytes = try? CacheEncoder.encode(record) {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta (name, value) VALUES ('up-to-date', ?)", arguments: [Self.sealed(bytes)])
            } else {
                try db.execute(sql: "DELETE FROM meta WHERE name = 'up-to-date'")
            }
        }
    }

    /// Replaces the record of the last build's output and removes every entry whose key is not in `keeping`,
    /// in one transaction.
    func finish(record: OutputRecord, keeping: Set<Digest>) {
        guard let database, let bytes = try? CacheEncoder.encode(record) else { return }
        do {
            try database.write { db in
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta (name, value) VALUES ('record', ?)", arguments: [Self.sealed(bytes)])
                // The keys are read and compared here rather than sent to SQLite: a rebuild usually drops none.
                let stored = try Row.fetchAll(db, sql: "SELECT kind, key FROM entry")
                let delete = try db.cachedStatement(sql: "DELETE FROM entry WHERE kind = ? AND key = ?")
                for row in stored {
                    let kind: String = row[0], key: String = row[1]
                    if !keeping.contains(Digest(hex: key)) { try delete.execute(arguments: [kind, key]) }
                }
            }
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            // Damaged since it was opened: the next build starts from an empty cache.
            Self.removeDatabase(at: folder + "/" + Self.databaseName)
        } catch {
            // Any other failure (a full disk, a lock held too long) only costs the next build time.
        }
    }

    /// Opens the database at `path`, creating its tables, and empties it when another `rme` wrote it.
    private static func open(_ path: String) throws -> DatabasePool {
        var configuration = Configuration()
        // Two builds of the same project at once wait for each other's writes instead of failing.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // A cache survives a killed process in WAL mode with NORMAL; it need not survive a power cut.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try pool.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS entry (kind TEXT NOT NULL, key TEXT NOT NULL, payload BLOB NOT NULL,
                                                  PRIMARY KEY (kind, key));
                """)
            let written = try String.fetchOne(db, sql: "SELECT CAST(value AS TEXT) FROM meta WHERE name = 'version'")
            if written != EngineVersion.identity {
                try db.execute(sql: "DELETE FROM entry; DELETE FROM meta")
                try db.execute(
                    sql: "INSERT INTO meta (name, value) VALUES ('version', CAST(? AS BLOB))", arguments: [EngineVersion.identity])
            }
        }
        return pool
    }

    /// Deletes the database file and SQLite's companions (write-ahead log, shared memory).
    private static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Removes what the cache's first layout (a file per entry) left: it is never read again.
    private static func removeEarlierLayout(in folder: String) {
        for name in ["check", "chapter", "output.json", "VERSION"] {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// The bytes followed by their SHA-256.
    private static func sealed(_ bytes: [UInt8]) -> Data {
        var sealed = Data(bytes)
        sealed.append(contentsOf: Array(Digest(of: bytes).hex.utf8))
        return sealed
    }

    /// The bytes without their checksum, when it matches.
    static func verified(_ sealed: Data?) -> [UInt8]? {
        guard let sealed, sealed.count >= 64 else { return nil }
        let payload = [UInt8](sealed.prefix(sealed.count - 64))
        guard Digest(of: payload).hex.utf8.elementsEqual(sealed.suffix(64)) else { return nil }
        return payload
    }
}
