import Diagnostics
import Foundation
import Rendering

/// What the preview shows now: the last good site, the problems of the last build, the print views' status,
/// and the browsers listening for changes.
actor PreviewState {
    /// The last site that built, by path; `nil` until one has.
    private(set) var files: [String: RenderedFile]?
    /// Goes up by one each time the site or the problems change; pages are served stamped with it.
    private(set) var version = 0
    /// Goes up by one each time a print view's status changes (pages need not look at the site again).
    private var printVersion = 0
    /// Goes up by one each time the list of problems changes: pages fetch it again only then (at 1,000
    /// experiences it holds thousands of warnings, too much to send on every save).
    private var problemsVersion = 0
    /// The paths whose bytes changed in the latest version.
    private var changed: [String] = []
    private(set) var problems = ProblemList.empty
    /// Each edition's print view, by edition id.
    private(set) var prints: [String: PrintStatus] = [:]
    /// The search index's files (`pagefind/…`), made after the site by `PreviewSearch`; empty until then.
    private(set) var searchFiles: [String: RenderedFile] = [:]
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    let language: Language
    let strings: OverlayStrings

    init(language: Language) {
        self.language = language
        strings = OverlayStrings(language: language)
    }

    /// A new build's result: the site when it built (else the last good one stays), and its problems.
    /// Returns the paths whose bytes changed.
    @discardableResult
    func update(files newFiles: [String: RenderedFile]?, problems newProblems: ProblemList) -> [String] {
        var changedPaths: [String] = []
        if let newFiles {
            let old = files ?? [:]
            for (path, file) in newFiles where old[path]?.data != file.data { changedPaths.append(path) }
            for path in old.keys where newFiles[path] == nil { changedPaths.append(path) }
            files = newFiles
        }
        guard !changedPaths.isEmpty || newProblems != problems else { return [] }
        if newProblems != problems { problemsVersion += 1 }
        problems = newProblems
        changed = changedPaths.sorted()
        version += 1
        broadcast()
        return changed
    }

    /// A new search index; pages need not reload for it (the search page reads it on its next search).
    func update(searchFiles newFiles: [String: RenderedFile]) {
        searchFiles = newFiles
    }

    /// Records an edition's print status and tells the browsers.
    func update(print status: PrintStatus, for edition: String) {
        guard prints[edition] != status else { return }
        prints[edition] = status
        printVersion += 1
        broadcast()
    }

    /// A stream of state messages (JSON): the current one at once, then one per change.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(4))
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.forget(id) }
        }
        continuation.yield(message(withProblems: false))
        return stream
    }

    /// Ends every stream (the server is stopping).
    func finish() {
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }

    private func broadcast() {
        let text = message(withProblems: false)
        for continuation in listeners.values { continuation.yield(text) }
    }

    /// The state as the page's script reads it: with the problems themselves (`/__rme/estado.json`), or
    /// only their version, count and summary (the WebSocket's messages).
    func message(withProblems: Bool = true) -> String {
        struct Message: Encodable {
            let version: Int
            let printVersion: Int
            let problemsVersion: Int
            let changed: [String]
            let problems: [ProblemList.Problem]?
            let summary: String
            let errors: Int
            let hasSite: Bool
            let prints: [String: PrintStatus]
            let strings: OverlayStrings
        }
        let message = Message(
            version: version, printVersion: printVersion, problemsVersion: problemsVersion, changed: changed,
            problems: withProblems ? problems.problems : nil, summary: problems.summary,
            errors: problems.errorCount, hasSite: files != nil, prints: prints, strings: strings)
        return Self.json(message)
    }

    /// The problems alone, with their version (`/__rme/problemas.json`).
    func problemsMessage() -> String {
        struct Message: Encodable {
            let problemsVersion: Int
            let problems: [ProblemList.Problem]
        }
        return Self.json(Message(problemsVersion: problemsVersion, problems: problems.problems))
    }

    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
