import Foundation
import GRDB

/// The service's SQLite database (`recepcion.sqlite` in the data folder), opened in WAL mode with every
/// commit synced: an upload acknowledged to a region survives a killed process and a power cut.
enum IntakeDatabase {
    static let fileName = "recepcion.sqlite"

    /// Opens (creating when absent) the database in `folder` and brings its tables to the newest migration.
    static func open(folder: String) throws -> DatabasePool {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        // The CLI's invitations and the service write the same file; each waits for the other's commit.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let pool = try DatabasePool(path: folder + "/" + fileName, configuration: configuration)
        try migrator.migrate(pool)
        return pool
    }

    /// The schema's history: a migration is never edited once released, only followed by another.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-recepcion") { db in
            try db.execute(sql: """
                CREATE TABLE setting (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE invitation (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    role TEXT NOT NULL CHECK (role IN ('region', 'editor')),
                    region TEXT,
                    code_hash TEXT NOT NULL UNIQUE,
                    created_at REAL NOT NULL,
                    expires_at REAL NOT NULL,
                    used_at REAL,
                    revoked_at REAL,
                    CHECK ((role = 'region') = (region IS NOT NULL)));
                CREATE TABLE session (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    token_hash TEXT NOT NULL UNIQUE,
                    invitation_id INTEGER NOT NULL REFERENCES invitation(id),
                    role TEXT NOT NULL,
                    region TEXT,
                    created_at REAL NOT NULL,
                    expires_at REAL NOT NULL,
                    revoked_at REAL);
                CREATE TABLE version (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    region TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    created_at REAL NOT NULL,
                    session_id INTEGER NOT NULL REFERENCES session(id),
                    source_kind TEXT NOT NULL,
                    source_name TEXT NOT NULL,
                    source BLOB NOT NULL,
                    markdown BLOB,
                    errors INTEGER NOT NULL,
                    warnings INTEGER NOT NULL,
                    findings TEXT NOT NULL,
                    sent_at REAL,
                    UNIQUE (region, number));
                CREATE TABLE acceptance (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    version_id INTEGER NOT NULL REFERENCES version(id),
                    region TEXT NOT NULL,
                    accepted_at REAL NOT NULL,
                    session_id INTEGER NOT NULL REFERENCES session(id),
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    written_at REAL);
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at REAL NOT NULL,
                    event TEXT NOT NULL,
                    role TEXT,
                    region TEXT,
                    address TEXT,
                    detail TEXT NOT NULL);
                CREATE INDEX version_by_region ON version(region, number);
                CREATE INDEX acceptance_by_region ON acceptance(region, id);
                """)
        }
        return migrator
    }
}
