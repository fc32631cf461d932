import Diagnostics
import Dispatch
import Foundation
import Testing
import TestSupport
@testable import Markup

/// A refused body must not hold up the others: the checker works on files in parallel,
/// so the pathological inputs run here beside the real edition, all at once, and each
/// must come back with its own answer, having cost at most 2 s of its thread's time.
@Suite("Pathological inputs: a refused body does not stall the others")
struct PathologicalConcurrencyTests {
    /// One body to answer, and how it went.
    private struct Job: Sendable {
        var name: String
        var source: SourceText
        var lineOffset: Int
    }

    private struct Answer: Sendable {
        var refused: PathologicalStructure?
        var processed: Bool
        var elapsed: Duration
    }

    /// Answers written from several threads, each into its own slot.
    private final class Answers: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Answer?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func record(_ answer: Answer, at index: Int) {
            lock.lock()
            slots[index] = answer
            lock.unlock()
        }

        var all: [Answer?] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }

    @Test("the 25 inputs and the real edition, answered concurrently: every one completes, each within 2 s")
    func allComplete() throws {
        let real = try PathologicalRealContentTests.markdownFiles(in: Repository.content.appendingPathComponent("2015-2017")).map { file in
            let body = try PathologicalRealContentTests.body(of: file)
            return Job(name: file.lastPathComponent, source: SourceText(body.text), lineOffset: body.lineOffset)
        }
        let pathological = PathologicalCatalogue.cases.map {
            Job(name: $0.name, source: $0.source, lineOffset: PathologicalCase.lineOffset)
        }
        // Interleaved, so real files sit between the slow ones in the queue.
        var interleaved: [Job] = []
        for index in 0..<max(real.count, pathological.count) {
            if index < pathological.count { interleaved.append(pathological[index]) }
            if index < real.count { interleaved.append(real[index]) }
        }
        let jobs = interleaved
        let answers = Answers(count: jobs.count)

        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            var answer = Answer(refused: nil, processed: false, elapsed: .zero)
            answer.elapsed = ThreadCPUTime.measure {
                switch Markup.parseGuarded(job.source, options: MarkupOptions(lineOffset: job.lineOffset)) {
                case .success(let tree):
                    answer.processed = !tree.html().isEmpty
                case .failure(let refusal):
                    answer.refused = refusal.structure
                }
            }
            answers.record(answer, at: index)
        }

        let all = answers.all
        #expect(all.count == 25 + 19)
        for (job, answer) in zip(jobs, all) {
            let answer = try #require(answer, "\(job.name) never completed")
            #expect(answer.elapsed < .seconds(2), "\(job.name) took \(answer.elapsed)")
            #expect(answer.refused == PathologicalBoundTests.refused[job.name], "\(job.name)")
            #expect(answer.processed == (answer.refused == nil), "\(job.name)")
        }
        #expect(all.compactMap { $0?.refused }.count == 4)
    }
}
