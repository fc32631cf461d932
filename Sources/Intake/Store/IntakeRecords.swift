import Diagnostics
import Foundation

/// Who a credential belongs to: a regional office (bound to its region) or the edition's editor.
public enum IntakeRole: String, Sendable, Codable {
    case region
    case editor
}

/// An invitation as the editor lists it (its code is never stored, only its hash).
public struct Invitation: Sendable, Equatable {
    public let id: Int64
    public let role: IntakeRole
    /// The region's slug; `nil` for the editor's.
    public let region: String?
    public let createdAt: Date
    public let expiresAt: Date
    public let usedAt: Date?
    public let revokedAt: Date?

    /// What became of it: waiting, used, expired or revoked.
    public func state(at now: Date) -> State {
        if revokedAt != nil { return .revoked }
        if usedAt != nil { return .used }
        if expiresAt <= now { return .expired }
        return .waiting
    }

    public enum State: String, Sendable {
        case waiting, used, expired, revoked

        /// The word the listing shows.
        public var spanish: String {
            switch self {
            case .waiting: "pendiente"
            case .used: "usada"
            case .expired: "vencida"
            case .revoked: "revocada"
            }
        }
    }
}

/// A signed-in browser: whose it is. The token itself lives only in the cookie.
struct IntakeSession: Sendable, Equatable {
    let id: Int64
    let role: IntakeRole
    let region: String?
    /// The token the cookie holds, from which the forms' CSRF token is derived.
    let token: String
}

/// One finding of a version as the pages show it: the diagnostic's words, where it is, and the whole
/// report `rme check` would print for it.
public struct StoredFinding: Codable, Sendable, Equatable {
    public let severity: Severity
    public let code: String
    public let message: String
    public let hint: String?
    public let line: Int?
    public let column: Int?
    /// Where it is in the Word document («sección «Objetivo», párrafo 2»), for Word uploads.
    public let place: String?
    /// The diagnostic as `rme check` prints it: message, the line with its caret, the hint.
    public let report: String
}

/// What an upload was: a Markdown file, a Word or LibreOffice document, or text pasted in the form.
public enum SourceKind: String, Sendable, Codable {
    case markdown = "md"
    case word = "docx"
    case libreOffice = "odt"
    case pasted = "texto"

    /// How the pages name it.
    public var spanish: String {
        switch self {
        case .markdown: "archivo .md"
        case .word: "documento de Word"
        case .libreOffice: "documento de LibreOffice"
        case .pasted: "texto pegado"
        }
    }
}

/// One version a region handed in: kept for ever, with its bytes, its experience and its findings.
public struct SubmittedVersion: Sendable, Equatable {
    public let id: Int64
    public let region: String
    /// 1, 2, … within the region.
    public let number: Int
    public let createdAt: Date
    public let sourceKind: SourceKind
    /// The upload's own file name, shown only: it never becomes a path.
    public let sourceName: String
    /// The experience in Markdown; `nil` when the file could not be read at all.
    public let markdown: [UInt8]?
    public let errors: Int
    public let warnings: Int
    public let findings: [StoredFinding]
    public let sentAt: Date?

    /// Whether the region may send it: it was read and has no error.
    public var canBeSent: Bool { markdown != nil && errors == 0 }
}

/// The editor's acceptance of a version: what was written where, by whom, and when.
public struct Acceptance: Sendable, Equatable {
    public let id: Int64
    public let versionID: Int64
    public let region: String
    public let acceptedAt: Date
    /// The file written, relative to the content root's parent as the editor sees it.
    public let path: String
    public let sha256: String
    /// When the file was in place; `nil` while the write is pending (finished at the next start).
    public let writtenAt: Date?
}

/// One line of the audit log.
public struct AuditEntry: Sendable, Equatable {
    public let at: Date
    public let event: String
    public let role: String?
    public let region: String?
    public let address: String?
    public let detail: String
}
