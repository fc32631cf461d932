import Foundation
import Testing
import TestSupport
@testable import Engine

/// Issue 9, item 4: a build can be cancelled (a newer change in the preview server, or the user), and a cancelled
/// build leaves the output as it was and the cache fit for the next build.
@Suite("Cancelled builds")
struct CancellationTests {
    /// The real content copied into `scratch` and built once into `scratch/Output` with `cache`.
    func builtCopy(in scratch: ScratchFolder, cache: BuildCache) async throws -> (content: String, output: String, request: BuildRequest) {
        let content = try RealContent.copy(into: scratch)
        let output = scratch.path("Output")
        let request = RealContent.request(contentRoot: content, output: output)
        _ = try await BuildPipeline(request: request, cache: cache).run()
        return (content, output, request)
    }

    @Test("a build whose task is cancelled throws «cancelled», writes nothing, and the next build with the same cache is whole")
    func cancelledBeforeWriting() async throws {
        let scratch = try ScratchFolder("cancel")
        defer { scratch.remove() }
        let cache = BuildCache()
        let (content, output, request) = try await builtCopy(in: scratch, cache: cache)
        let before = FolderSnapshot(output)
        try RealContent.touchExperience(in: scratch.path, mark: "cancelada")

        let result = await Task {
            // Cancelled as it starts, as the server cancels a build in flight when a newer save arrives.
            withUnsafeCurrentTask { $0?.cancel() }
            return try await BuildPipeline(request: request, cache: cache).run()
        }.result
        switch result {
        case .success: Issue.record("a cancelled build ran to the end")
        case .failure(let error): #expect((error as? BuildError)?.kind == .cancelled, "\(error)")
        }
        #expect(FolderSnapshot(output).differences(from: before) == [], "a cancelled build changed the output")

        let next = try await BuildPipeline(request: request, cache: cache).run()
        let report = try #require(next.report, "the build after a cancelled one was refused")
        let clean = scratch.path("Clean")
        _ = try await BuildPipeline(request: RealContent.request(contentRoot: content, output: clean), cache: BuildCache()).run()
        #expect(FolderSnapshot(output).differences(from: FolderSnapshot(clean)) == [], "the build after a cancelled one differs from a clean build")
        #expect(!report.renderedPages.isEmpty)
    }

    @Test("cancelled at any moment of the run, the output is the previous one or the new one, never a mix")
    func cancelledInFlight() async throws {
        let scratch = try ScratchFolder("cancel-flight")
        defer { scratch.remove() }
        let (content, output, request) = try await builtCopy(in: scratch, cache: BuildCache())
        var previous = FolderSnapshot(output)
        for round in 1...8 {
            try RealContent.touchExperience(in: scratch.path, mark: "ronda-\(round)")
            let task = Task { try await BuildPipeline(request: request, cache: BuildCache()).run() }
            // A few milliseconds in: the build is somewhere between loading and writing.
            try await Task.sleep(for: .milliseconds(round * 15))
            task.cancel()
            let now: FolderSnapshot
            switch await task.result {
            case .success:
                now = FolderSnapshot(output)
                let clean = scratch.path("Clean-\(round)")
                _ = try await BuildPipeline(request: RealContent.request(contentRoot: content, output: clean), cache: BuildCache()).run()
                #expect(now.differences(from: FolderSnapshot(clean)) == [], "round \(round): a finished build differs from a clean one")
            case .failure(let error):
                #expect((error as? BuildError)?.kind == .cancelled, "round \(round): \(error)")
                now = FolderSnapshot(output)
                #expect(now.differences(from: previous) == [], "round \(round): a cancelled build changed the output")
            }
            previous = now
        }
        // Which rounds end cancelled depends on the machine's speed; the invariant above holds for each.
    }
}
