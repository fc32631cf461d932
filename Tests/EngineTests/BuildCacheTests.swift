import Content
import Diagnostics
import Foundation
import GRDB
import Testing
import TestSupport
import Validation
@testable import Engine

/// The build cache's own promises: its binary form gives back exactly what it was given, and nothing on disk
/// is trusted (damaged bytes, a damaged or foreign database, entries of another `rme` are misses, never a
/// crash and never a wrong page).
@Suite("Build cache")
struct BuildCacheTests {
    /// Every file check of the real edition and of the fixture edition with errors (diagnostics with ranges
    /// and hints, files without an experience, front pages).
    static func fileChecks() async throws -> [FileCheck] {
        let settings = RealContent.settings(contentRoot: Repository.content.path)
        let real = try #require(EditionFolder.scan(path: Repository.content.path + "/" + RealContent.editionID))
        let broken = try #require(EditionFolder.scan(
            path: Repository.root.appendingPathComponent("Tests/RMECLITests/Fixtures/edicion-con-errores").path))
        var checks: [FileCheck] = []
        for folder in [real, broken] { checks += try await Checker.check(folder, settings: settings).files }
        return checks
    }

    @Test("a file check written in the cache's form reads back equal, for every file of the real and the broken edition")
    func fileChecksRoundTrip() async throws {
        let checks = try await Self.fileChecks()
        #expect(checks.contains { $0.experience == nil && !$0.diagnostics.isEmpty }, "the fixture must include a file with errors")
        #expect(checks.contains { $0.page != nil }, "the fixture must include a front page")
        for check in checks {
            let bytes = try CacheEncoder.encode(check)
            #expect(try CacheDecoder.decode(FileCheck.self, from: bytes) == check, "\(check.path)")
        }
    }

    @Test("the record of the output (a dictionary keyed by digests) reads back equal")
    func recordRoundTrip() throws {
        let identity = FileSystemCalls.FileIdentity(size: 12, modifiedSeconds: -3, modifiedNanoseconds: 999_999_999, inode: .max, device: 0)
        let record = OutputRecord(units: [
            Digest(of: Array("a".utf8)): [OutputRecord.File(path: "2015-2017/index.html", identity: identity)],
            Digest(of: Array("b".utf8)): [],
        ])
        let decoded = try CacheDecoder.decode(OutputRecord.self, from: CacheEncoder.encode(record))
        #expect(decoded.units == record.units)
    }

    @Test("truncated or scrambled bytes throw, and never crash or hang")
    func damagedBytesThrow() async throws {
        let check = try #require(try await Self.fileChecks().first { $0.experience != nil })
        let bytes = try CacheEncoder.encode(check)
        for length in Set([0, 1, 2, 5, bytes.count / 3, bytes.count / 2, bytes.count - 1]) {
            #expect(throws: DecodingError.self, "cut at \(length) of \(bytes.count)") {
                try CacheDecoder.decode(FileCheck.self, from: Array(bytes.prefix(length)))
            }
        }
        #expect(throws: DecodingError.self) { try CacheDecoder.decode(FileCheck.self, from: bytes + [0]) }
        // Random garbage may happen to decode into something: it must only not crash, loop or allocate wildly.
        var generator = SeededGenerator(seed: 2018)
        for _ in 0 ..< 500 {
            var scrambled = bytes
            for _ in 0 ..< 4 { scrambled[Int.random(in: 0 ..< scrambled.count, using: &generator)] = UInt8.random(in: 0 ... 255, using: &generator) }
            _ = try? CacheDecoder.decode(FileCheck.self, from: scrambled)
        }
    }

    @Test("an entry whose bytes were changed on disk is a miss; the database of another rme is emptied")
    func damagedEntriesAreMisses() throws {
        let scratch = try ScratchFolder("cache-entries")
        defer { scratch.remove() }
        let key = Digest(of: Array("key".utf8)), other = Digest(of: Array("other".utf8))
        let disk = DiskCache(folder: scratch.path)
        disk.write([DiskCache.Entry(kind: .chapter, key: key, bytes: Array("<p>capítulo</p>".utf8)),
                    DiskCache.Entry(kind: .chapter, key: other, bytes: Array("<p>otro</p>".utf8))])
        #expect(disk.read(.chapter, key) == Array("<p>capítulo</p>".utf8))
        #expect(disk.read(.check, key) == nil, "kinds are apart")

        let database = try DatabaseQueue(path: scratch.path + "/" + DiskCache.databaseName)
        try database.write { db in
            try db.execute(sql: "UPDATE entry SET payload = CAST('<p>cambiado</p>' AS BLOB) || substr(payload, 17) WHERE key = ?", arguments: [key.hex])
        }
        #expect(disk.read(.chapter, key) == nil, "a changed entry must fail its checksum")
        #expect(disk.read(.chapter, other) == Array("<p>otro</p>".utf8))

        try database.write { db in try db.execute(sql: "UPDATE meta SET value = CAST('rme-cache 0 otro' AS BLOB) WHERE name = 'version'") }
        try database.close()
        #expect(DiskCache(folder: scratch.path).read(.chapter, other) == nil, "entries of another rme must be dropped")
    }

    @Test("a check read back from disk comes without its experience's text; the text comes back from its own entry, and a damaged entry is a miss")
    func checksKeepTheirTextApart() async throws {
        let scratch = try ScratchFolder("cache-lean")
        defer { scratch.remove() }
        let checks = try await Self.fileChecks().filter { !($0.experience?.sections.isEmpty ?? true) }
        try #require(!checks.isEmpty)
        let keys = checks.map { Digest(of: Array($0.path.utf8)) }
        let writer = BuildCache(folder: scratch.path)
        for (check, key) in zip(checks, keys) { writer.store(check, key: key) }
        writer.finishBuild(wrote: [:])

        let reader = BuildCache(folder: scratch.path)
        for (check, key) in zip(checks, keys) {
            let lean = try #require(reader.fileCheck(key), "\(check.path): not read back")
            #expect(lean.experience?.sections == [], "\(check.path): the text was read with the check")
            #expect(lean.diagnostics == check.diagnostics && lean.facts == check.facts)
            #expect(reader.experience(lean.experience!, checkKey: key) == check.experience, "\(check.path): the text did not come back")
            #expect(reader.fileCheck(key) == check, "\(check.path): the kept check is not whole again")
        }

        let database = try DatabaseQueue(path: scratch.path + "/" + DiskCache.databaseName)
        try await database.write { db in
            try db.execute(sql: "UPDATE entry SET payload = substr(payload, 2) WHERE kind = 'sections' AND key = ?", arguments: [keys[0].hex])
        }
        try database.close()
        let damaged = BuildCache(folder: scratch.path)
        let lean = try #require(damaged.fileCheck(keys[0]))
        #expect(damaged.experience(lean.experience!, checkKey: keys[0]) == nil, "a damaged text entry must be a miss")
    }

    @Test("chapters rendered anew after a template change, with the checks' text entries gone, are those of a clean build")
    func chaptersWithoutTextEntries() async throws {
        let scratch = try ScratchFolder("cache-lean-build")
        defer { scratch.remove() }
        let cacheFolder = scratch.path(".rme-cache"), templates = scratch.path("Templates")
        try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent("Templates").path, toPath: templates)
        func request(_ output: String) -> BuildRequest {
            var request = RealContent.request(output: output)
            request.templatesFolder = templates
            return request
        }
        let incremental = scratch.path("Incremental"), clean = scratch.path("Clean")
        _ = try #require(try await BuildPipeline(request: request(incremental), cache: BuildCache(folder: cacheFolder)).run().report)
        let database = try DatabaseQueue(path: cacheFolder + "/" + DiskCache.databaseName)
        let removed = try await database.write { db in
            try db.execute(sql: "DELETE FROM entry WHERE kind = 'sections'")
            return db.changesCount
        }
        try database.close()
        #expect(removed == 15, "one text entry per experience")
        let chapter = templates + "/chapter.mustache"
        try Data((try String(contentsOfFile: chapter, encoding: .utf8) + "<!-- cambio -->\n").utf8).write(to: URL(fileURLWithPath: chapter))

        let report = try #require(try await BuildPipeline(request: request(incremental), cache: BuildCache(folder: cacheFolder)).run().report)
        #expect(report.renderedChapters.count == 30, "every chapter at both title levels")
        _ = try #require(try await BuildPipeline(request: request(clean), cache: BuildCache()).run().report)
        #expect(FolderSnapshot(incremental).differences(from: FolderSnapshot(clean)) == [])
    }

    @Test("a cache folder whose database is garbage is started anew, and the build's output is the same")
    func garbageDatabaseIsReplaced() async throws {
        let scratch = try ScratchFolder("cache-garbage")
        defer { scratch.remove() }
        let cacheFolder = scratch.path(".rme-cache")
        let first = scratch.path("Primera"), second = scratch.path("Segunda")
        _ = try await BuildPipeline(request: RealContent.request(output: first), cache: BuildCache(folder: cacheFolder)).run()
        let database = cacheFolder + "/" + DiskCache.databaseName
        #expect(FileManager.default.fileExists(atPath: database))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        try Data(repeating: 0x5A, count: 70_000).write(to: URL(fileURLWithPath: database))

        let outcome = try await BuildPipeline(request: RealContent.request(output: second), cache: BuildCache(folder: cacheFolder)).run()
        #expect(outcome.report != nil)
        #expect(FolderSnapshot(second).differences(from: FolderSnapshot(first)) == [])
        let header = try #require(FileManager.default.contents(atPath: database)?.prefix(16))
        #expect(String(decoding: header, as: UTF8.self) == "SQLite format 3\0", "the garbage must have been replaced by a database")
    }

    @Test("a build that reuses every page keeps the chapters cached: after it, one changed experience renders its two chapters only")
    func reusingBuildKeepsChapters() async throws {
        let scratch = try ScratchFolder("cache-chapters")
        defer { scratch.remove() }
        let project = try RealContent.copyProject(into: scratch)
        let cacheFolder = scratch.path(".rme-cache"), output = scratch.path("Output")
        let request = RealContent.request(contentRoot: project + "/Content", output: output)
        let cold = try #require(try await BuildPipeline(request: request, cache: BuildCache(folder: cacheFolder)).run().report)
        #expect(cold.renderedChapters.count == 2 * RealContent.experienceNames.count)
        // A note left in the output: the build is no longer up to date, so it goes through and reuses every page.
        try Data("nota".utf8).write(to: URL(fileURLWithPath: output + "/nota.txt"))
        let unchanged = try #require(try await BuildPipeline(request: request, cache: BuildCache(folder: cacheFolder)).run().report)
        #expect(unchanged.renderedPages.isEmpty && unchanged.renderedChapters.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output + "/nota.txt"))

        try RealContent.touchExperience(in: project, mark: "capítulos")
        let touched = try #require(try await BuildPipeline(request: request, cache: BuildCache(folder: cacheFolder)).run().report)
        let chapters = touched.renderedChapters.map { "\(URL(fileURLWithPath: $0.path).lastPathComponent)@\($0.level)" }.sorted()
        #expect(chapters == ["tarapaca.md@1", "tarapaca.md@2"])
    }
}
