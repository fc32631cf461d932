import Foundation
import GRDB

/// Everything the service remembers, in its SQLite database: invitations, sessions, every version a region
/// handed in, the editor's acceptances and the audit log. Each change is one transaction.
public final class IntakeStore: Sendable {
    /// How long an invitation's code can be used, unless told otherwise.
    public static let invitationLifetime: TimeInterval = 14 * 24 * 3600
    /// How long a session lasts after signing in.
    static let sessionLifetime: TimeInterval = 30 * 24 * 3600

    private let pool: DatabasePool
    /// The data folder.
    public let folder: String

    /// The store in `folder`, created when absent.
    public init(folder: String) throws {
        self.folder = folder
        pool = try IntakeDatabase.open(folder: folder)
    }

    // MARK: Settings

    /// A setting the service keeps ("edicion", "direccion").
    public func setting(_ name: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = ?", arguments: [name]) }
    }

    /// Keeps a setting.
    public func setSetting(_ name: String, _ value: String) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                           arguments: [name, value])
        }
    }

    // MARK: Invitations

    /// A new invitation for `role` (and `region`), valid for `lifetime`; earlier unused ones of the same holder
    /// are revoked, so one link is current per region. Returns the code, which is not kept.
    public func invite(_ role: IntakeRole, region: String?, lifetime: TimeInterval = IntakeStore.invitationLifetime, now: Date = Date())
        throws -> (code: String, invitation: Invitation) {
        let code = Secret.make()
        let invitation = try pool.write { db -> Invitation in
            try db.execute(sql: """
                UPDATE invitation SET revoked_at = ? WHERE role = ? AND region IS ? AND used_at IS NULL AND revoked_at IS NULL
                """, arguments: [now.timeIntervalSince1970, role.rawValue, region])
            try db.execute(sql: """
                INSERT INTO invitation (role, region, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [role.rawValue, region, Secret.hash(code), now.timeIntervalSince1970, now.addingTimeInterval(lifetime).timeIntervalSince1970])
            let id = db.lastInsertedRowID
            try Self.audit(db, "invitacion", role: role.rawValue, region: region, address: nil, detail: "invitación \(id) emitida", now: now)
            return try Self.invitation(db, id: id)!
        }
        return (code, invitation)
    }

    /// Revokes every invitation and session of a region (or of the editor, `region` nil); returns how many
    /// invitations and sessions it ended.
    @discardableResult
    public func revoke(_ role: IntakeRole, region: String?, now: Date = Date()) throws -> Int {
        try pool.write { db in
            let at = now.timeIntervalSince1970
            try db.execute(sql: "UPDATE invitation SET revoked_at = ? WHERE role = ? AND region IS ? AND revoked_at IS NULL",
                           arguments: [at, role.rawValue, region])
            var ended = db.changesCount
            try db.execute(sql: "UPDATE session SET revoked_at = ? WHERE role = ? AND region IS ? AND revoked_at IS NULL",
                           arguments: [at, role.rawValue, region])
            ended += db.changesCount
            try Self.audit(db, "revocacion", role: role.rawValue, region: region, address: nil, detail: "\(ended) credenciales revocadas", now: now)
            return ended
        }
    }

    /// Every invitation, newest first.
    public func invitations() throws -> [Invitation] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM invitation ORDER BY id DESC").map(Self.invitation(from:))
        }
    }

    /// Signs in with an invitation's code: marks it used and opens a session bound to its holder. `nil` when the
    /// code is unknown, used, revoked or expired (the caller slows down and logs such attempts).
    func redeem(code: String, address: String?, now: Date = Date()) throws -> IntakeSession? {
        guard Secret.isWellFormed(code) else { return nil }
        let token = Secret.make()
        return try pool.write { db -> IntakeSession? in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM invitation WHERE code_hash = ?", arguments: [Secret.hash(code)]) else {
                return nil
            }
            let invitation = Self.invitation(from: row)
            guard invitation.state(at: now) == .waiting else {
                try Self.audit(db, "acceso-rechazado", role: invitation.role.rawValue, region: invitation.region, address: address,
                               detail: "invitación \(invitation.id) \(invitation.state(at: now).spanish)", now: now)
                return nil
            }
            try db.execute(sql: "UPDATE invitation SET used_at = ? WHERE id = ?", arguments: [now.timeIntervalSince1970, invitation.id])
            try db.execute(sql: """
                INSERT INTO session (token_hash, invitation_id, role, region, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [Secret.hash(token), invitation.id, invitation.role.rawValue, invitation.region,
                                 now.timeIntervalSince1970, now.addingTimeInterval(Self.sessionLifetime).timeIntervalSince1970])
            let id = db.lastInsertedRowID
            try Self.audit(db, "acceso", role: invitation.role.rawValue, region: invitation.region, address: address,
                           detail: "sesión \(id) abierta con la invitación \(invitation.id)", now: now)
            return IntakeSession(id: id, role: invitation.role, region: invitation.region, token: token)
        }
    }

    /// The live session whose cookie holds `token`.
    func session(token: String, now: Date = Date()) throws -> IntakeSession? {
        guard Secret.isWellFormed(token) else { return nil }
        return try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, role, region FROM session WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?
                """, arguments: [Secret.hash(token), now.timeIntervalSince1970]) else { return nil }
            return IntakeSession(id: row["id"], role: IntakeRole(rawValue: row["role"]) ?? .region, region: row["region"], token: token)
        }
    }

    /// Ends a session (signing out).
    func endSession(_ session: IntakeSession, address: String?, now: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE session SET revoked_at = ? WHERE id = ?", arguments: [now.timeIntervalSince1970, session.id])
            try Self.audit(db, "salida", role: session.role.rawValue, region: session.region, address: address, detail: "sesión \(session.id) cerrada", now: now)
        }
    }

    // MARK: Versions

    /// What a new version holds, before it has its number.
    struct NewVersion: Sendable {
        let region: String
        let sourceKind: SourceKind
        let sourceName: String
        let source: [UInt8]
        let markdown: [UInt8]?
        let findings: [StoredFinding]
    }

    /// Keeps a new version of the session's region, numbered after the last; it is on disk when this returns.
    func addVersion(_ version: NewVersion, session: IntakeSession, address: String?, now: Date = Date()) throws -> SubmittedVersion {
        let data = try JSONEncoder().encode(version.findings)
        let errors = version.findings.filter { $0.severity == .error }.count
        return try pool.write { db -> SubmittedVersion in
            let last = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM version WHERE region = ?", arguments: [version.region]) ?? 0
            try db.execute(sql: """
                INSERT INTO version (region, number, created_at, session_id, source_kind, source_name, source, markdown, errors, warnings, findings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [version.region, last + 1, now.timeIntervalSince1970, session.id, version.sourceKind.rawValue,
                                 version.sourceName, Data(version.source), version.markdown.map { Data($0) }, errors,
                                 version.findings.count - errors, String(decoding: data, as: UTF8.self)])
            let id = db.lastInsertedRowID
            try Self.audit(db, "version", role: session.role.rawValue, region: version.region, address: address,
                           detail: "versión \(last + 1) (\(version.sourceKind.rawValue), \(version.source.count) bytes, \(errors == 1 ? "1 error" : "\(errors) errores"))", now: now)
            return try Self.version(db, id: id, region: version.region)!
        }
    }

    /// The versions of `region`, newest first.
    public func versions(of region: String) throws -> [SubmittedVersion] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.versionColumns) FROM version WHERE region = ? ORDER BY number DESC", arguments: [region]).map(Self.version(from:))
        }
    }

    /// The version `number` of `region`: always looked up with the region, so one region's number never
    /// opens another's version.
    public func version(_ number: Int, of region: String) throws -> SubmittedVersion? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.versionColumns) FROM version WHERE region = ? AND number = ?", arguments: [region, number]).map(Self.version(from:))
        }
    }

    /// The bytes the region uploaded for a version, as they came.
    public func source(of number: Int, region: String) throws -> [UInt8]? {
        try pool.read { db in
            try Data.fetchOne(db, sql: "SELECT source FROM version WHERE region = ? AND number = ?", arguments: [region, number]).map { [UInt8]($0) }
        }
    }

    /// Marks a version sent; false when it cannot be (errors, unreadable, unknown).
    func send(_ number: Int, session: IntakeSession, address: String?, now: Date = Date()) throws -> Bool {
        guard let region = session.region else { return false }
        return try pool.write { db in
            try db.execute(sql: """
                UPDATE version SET sent_at = COALESCE(sent_at, ?) WHERE region = ? AND number = ? AND errors = 0 AND markdown IS NOT NULL
                """, arguments: [now.timeIntervalSince1970, region, number])
            let sent = db.changesCount > 0
            try Self.audit(db, sent ? "envio" : "envio-rechazado", role: session.role.rawValue, region: region, address: address,
                           detail: "versión \(number)", now: now)
            return sent
        }
    }

    // MARK: Acceptances

    /// Records that the editor accepts `version`, before its file is written: the record is the journal that
    /// lets a restart finish a write a killed process left undone.
    func beginAcceptance(of version: SubmittedVersion, path: String, sha256: String, session: IntakeSession, address: String?, now: Date = Date())
        throws -> Acceptance {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO acceptance (version_id, region, accepted_at, session_id, path, sha256) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [version.id, version.region, now.timeIntervalSince1970, session.id, path, sha256])
            let id = db.lastInsertedRowID
            try Self.audit(db, "aceptacion", role: session.role.rawValue, region: version.region, address: address,
                           detail: "versión \(version.number) aceptada → \(path)", now: now)
            return try Self.acceptance(from: Row.fetchOne(db, sql: "SELECT * FROM acceptance WHERE id = ?", arguments: [id])!)
        }
    }

    /// Marks an acceptance's file written.
    func finishAcceptance(_ acceptance: Acceptance, now: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE acceptance SET written_at = ? WHERE id = ?", arguments: [now.timeIntervalSince1970, acceptance.id])
        }
    }

    /// Forgets an acceptance whose file could not be written (a full disk, a missing permission): the
    /// editor was told, and nothing in `Content/` changed.
    func cancelAcceptance(_ acceptance: Acceptance, reason: String, now: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM acceptance WHERE id = ? AND written_at IS NULL", arguments: [acceptance.id])
            try Self.audit(db, "aceptacion-fallida", role: IntakeRole.editor.rawValue, region: acceptance.region, address: nil,
                           detail: reason, now: now)
        }
    }

    /// Acceptances whose file was not yet known to be written, oldest first, with their version's Markdown.
    func pendingAcceptances() throws -> [(acceptance: Acceptance, markdown: [UInt8])] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT acceptance.*, version.markdown AS markdown FROM acceptance JOIN version ON version.id = acceptance.version_id
                WHERE acceptance.written_at IS NULL ORDER BY acceptance.id
                """).map { row in (Self.acceptance(from: row), [UInt8](row["markdown"] as Data? ?? Data())) }
        }
    }

    /// The acceptances of `region`, newest first.
    public func acceptances(of region: String) throws -> [Acceptance] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM acceptance WHERE region = ? ORDER BY id DESC", arguments: [region]).map(Self.acceptance(from:))
        }
    }

    // MARK: Audit

    /// Adds a line to the audit log.
    func audit(_ event: String, role: IntakeRole?, region: String?, address: String?, detail: String, now: Date = Date()) throws {
        try pool.write { db in try Self.audit(db, event, role: role?.rawValue, region: region, address: address, detail: detail, now: now) }
    }

    /// The newest `limit` lines of the audit log, newest first.
    public func auditLog(limit: Int = 200) throws -> [AuditEntry] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                AuditEntry(at: Date(timeIntervalSince1970: row["at"]), event: row["event"], role: row["role"], region: row["region"],
                           address: row["address"], detail: row["detail"])
            }
        }
    }

    // MARK: Rows

    private static func audit(_ db: Database, _ event: String, role: String?, region: String?, address: String?, detail: String, now: Date) throws {
        try db.execute(sql: "INSERT INTO audit (at, event, role, region, address, detail) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [now.timeIntervalSince1970, event, role, region, address, detail])
    }

    private static func invitation(_ db: Database, id: Int64) throws -> Invitation? {
        try Row.fetchOne(db, sql: "SELECT * FROM invitation WHERE id = ?", arguments: [id]).map(invitation(from:))
    }

    private static func invitation(from row: Row) -> Invitation {
        Invitation(
            id: row["id"], role: IntakeRole(rawValue: row["role"]) ?? .region, region: row["region"],
            createdAt: Date(timeIntervalSince1970: row["created_at"]), expiresAt: Date(timeIntervalSince1970: row["expires_at"]),
            usedAt: (row["used_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            revokedAt: (row["revoked_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
    }

    private static func version(_ db: Database, id: Int64, region: String) throws -> SubmittedVersion? {
        try Row.fetchOne(db, sql: "SELECT * FROM version WHERE id = ? AND region = ?", arguments: [id, region]).map(version(from:))
    }

    /// The columns a `SubmittedVersion` is made of: all but the uploaded bytes (`source`), which only the
    /// download reads, so a region's list of versions does not read every file it ever uploaded.
    private static let versionColumns =
        "id, region, number, created_at, source_kind, source_name, markdown, errors, warnings, findings, sent_at"

    private static func version(from row: Row) -> SubmittedVersion {
        let findings = (try? JSONDecoder().decode([StoredFinding].self, from: Data((row["findings"] as String).utf8))) ?? []
        return SubmittedVersion(
            id: row["id"], region: row["region"], number: row["number"], createdAt: Date(timeIntervalSince1970: row["created_at"]),
            sourceKind: SourceKind(rawValue: row["source_kind"]) ?? .markdown, sourceName: row["source_name"],
            markdown: (row["markdown"] as Data?).map { [UInt8]($0) }, errors: row["errors"], warnings: row["warnings"],
            findings: findings, sentAt: (row["sent_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
    }

    private static func acceptance(from row: Row) -> Acceptance {
        Acceptance(
            id: row["id"], versionID: row["version_id"], region: row["region"], acceptedAt: Date(timeIntervalSince1970: row["accepted_at"]),
            path: row["path"], sha256: row["sha256"], writtenAt: (row["written_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
    }
}
