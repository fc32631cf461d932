/// How serious a finding is: an `error` stops the build, a `warning` does not.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// The languages the tool speaks.
public enum Language: String, Sendable, CaseIterable {
    case es
    case en
}

/// A text in every language the tool speaks; the printer picks one.
public struct LocalizedText: Codable, Hashable, Sendable {
    public var es: String
    public var en: String

    public init(es: String, en: String) {
        self.es = es
        self.en = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .es: es
        case .en: en
        }
    }
}

/// One problem found in one file: data, never printed by the stage that found it.
public struct Diagnostic: Codable, Hashable, Sendable {
    /// The file as the user named it (relative paths stay relative).
    public var file: String?
    /// Where in the file; `nil` when the problem concerns the file as a whole.
    public var range: SourceRange?
    public var severity: Severity
    /// A stable identifier such as `front-matter.unknown-key`; tools match on it.
    public var code: String
    public var message: LocalizedText
    /// What the writer can do about it, when there is something to say.
    public var hint: LocalizedText?
    /// The digest of the file's bytes the problem was found in, so an excerpt shown later (after the file was
    /// saved again) comes from that text or not at all; `nil` when no file's text was read.
    public var sourceDigest: Digest?

    public init(
        file: String?, range: SourceRange?, severity: Severity, code: String,
        message: LocalizedText, hint: LocalizedText? = nil, sourceDigest: Digest? = nil
    ) {
        self.file = file
        self.range = range
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
        self.sourceDigest = sourceDigest
    }

    /// Orders diagnostics by file, then position, then code, so output is stable.
    public static func sortedForReport(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            let fa = a.file ?? "", fb = b.file ?? ""
            if fa != fb { return fa < fb }
            let la = a.range?.start ?? SourceLocation(line: 0, column: 0)
            let lb = b.range?.start ?? SourceLocation(line: 0, column: 0)
            if la != lb { return la < lb }
            return a.code < b.code
        }
    }
}

extension Array where Element == Diagnostic {
    /// Whether any element is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics with the digest of the text they were found in: each pointing into a file of `digests`
    /// and not yet stamped gets that file's digest.
    public func stamped(with digests: [String: Digest]) -> [Diagnostic] {
        map { diagnostic in
            guard diagnostic.sourceDigest == nil, let file = diagnostic.file, let digest = digests[file] else { return diagnostic }
            var stamped = diagnostic
            stamped.sourceDigest = digest
            return stamped
        }
    }
}
