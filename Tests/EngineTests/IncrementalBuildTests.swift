import Foundation
import Testing
import TestSupport
@testable import Engine

/// Issue 9's proof of the incremental core: a long random sequence of edits, each followed by an incremental
/// build and a clean one. The incremental output must be the clean output byte for byte, and the pages it
/// recomputed must be exactly those the plan says depend on what changed.
@Suite("Incremental builds", .enabled(if: Repository.sharedIsPresent, Comment(rawValue: Repository.sharedAbsentReason)))
struct IncrementalBuildTests {
    /// The generated editions beside the real one: their ids and the seed of `gen-corpus.py`.
    static let generated: [(id: String, seed: Int)] = [("generada-a", 11), ("generada-b", 12)]
    /// Experiences per generated edition.
    static let generatedCount = 8
    /// How many changes the sequence applies.
    static let steps = 200

    @Test("200 random changes: after each, the incremental output equals a clean build's and only the pages depending on the change are rendered")
    func randomChanges() async throws {
        let scratch = try ScratchFolder("incremental")
        defer { scratch.remove() }
        let project = try Self.makeProject(in: scratch)
        let output = scratch.path("Output"), cacheFolder = scratch.path(".rme-cache")
        var script = ChangeScript(
            project: project, editions: [RealContent.editionID] + Self.generated.map(\.id), seed: 2018)

        // The first build, cold: everything is rendered.
        var cache = BuildCache(folder: cacheFolder)
        let first = try await build(project, output: output, cache: cache).report
        var previousPlan = try #require(first, "the first build of the project is refused").plan
        #expect(Set(first!.renderedPages) == Set(previousPlan))
        var touched: Set<String> = []
        var kinds: [String: Int] = [:]

        for step in 1...Self.steps {
            let change = try script.next()
            let context = "step \(step): \(change.summary)"
            touched.formUnion(change.touched)
            kinds[String(change.summary.prefix { $0 != " " }), default: 0] += 1
            for special in ["front page", "network name"] where change.summary.contains(special) { kinds[special, default: 0] += 1 }
            // Mostly one cache kept in memory, as the preview server keeps it; every tenth build starts from
            // what `.rme-cache/` holds, as `rme build` does.
            if step % 10 == 0 { cache = BuildCache(folder: cacheFolder) }
            let before = FolderSnapshot(output)
            let outcome = try await build(project, output: output, cache: cache)

            if change.breaks {
                #expect(outcome.report == nil, "\(context): the build of a broken file was not refused")
                #expect(FolderSnapshot(output).differences(from: before) == [], "\(context): a refused build changed the output")
                if outcome.report != nil { return }
                continue
            }
            let clean = scratch.path("Clean")
            defer { try? FileManager.default.removeItem(atPath: clean) }
            let cleanReport = try #require(try await build(project, output: clean, cache: BuildCache()).report, "\(context): clean build refused")
            #expect(Set(cleanReport.renderedPages) == Set(cleanReport.plan), "\(context): a clean build reused something")
            let differences = FolderSnapshot(output).differences(from: FolderSnapshot(clean))
            #expect(differences == [], "\(context): the incremental output differs from a clean build")

            // A fix restores the inputs of the last build that went through (the break's was refused), and "no
            // change" changes nothing: the build finds its output current and does nothing; no other change is
            // taken for none.
            let sameInputs = change.summary.hasPrefix("fix ") || change.summary == "no change"
            if case .upToDate = outcome {
                #expect(sameInputs, "\(context): a change was taken for no change")
                #expect(Self.dependingPages(plan: previousPlan, previous: previousPlan, touched: touched).isEmpty,
                        "\(context): up to date although a change touched pages")
                if !differences.isEmpty || !sameInputs { return }
                continue
            }
            #expect(!sameInputs, "\(context): a build with the last build's inputs was built again")
            let report = try #require(outcome.report, "\(context): refused: \(outcome.rejectionSummary)")

            let expected = Self.dependingPages(plan: report.plan, previous: previousPlan, touched: touched)
            let rendered = Set(report.renderedPages.map(\.paths))
            #expect(rendered == expected, """
                \(context): rendered pages differ from the plan's; rendered but not expected \
                \(rendered.subtracting(expected).sorted { $0.description < $1.description }), \
                expected but not rendered \(expected.subtracting(rendered).sorted { $0.description < $1.description })
                """)
            let newKeys = Set(report.plan.map(\.key)).subtracting(previousPlan.map(\.key))
            #expect(Set(report.renderedPages.map(\.key)) == newKeys, "\(context): rendered units are not those with new keys")
            if !differences.isEmpty || rendered != expected { return }
            previousPlan = report.plan
            touched = []
        }
        // The sequence did exercise every kind of change.
        for kind in ["edit", "break", "fix", "add", "delete", "rename", "raise", "front page", "network name"] {
            #expect(kinds[kind, default: 0] > 0, "the sequence never did «\(kind)»: \(kinds)")
        }
    }

    /// The pages the plan says depend on a change: units that are new (no unit of the previous plan writes their
    /// files), whose list of inputs differs, or that read an input the change touched. Regions gaining or losing
    /// their page change their edition's roster of regions, read by every region page.
    static func dependingPages(plan: [PlannedPage], previous: [PlannedPage], touched: Set<String>) -> Set<[String]> {
        let before = Dictionary(uniqueKeysWithValues: previous.map { ($0.paths, $0) })
        var touched = touched
        for edition in Set(plan.compactMap(\.edition)) {
            let id = plan.first { $0.edition == edition && $0.kind == .manifest }!.paths[0].split(separator: "/")[0]
            let regions = { (units: [PlannedPage]) in
                Set(units.filter { $0.kind == .regionPage && $0.paths[0].hasPrefix("\(id)/") }.map(\.paths))
            }
            if regions(plan) != regions(previous) { touched.insert("roster:\(id)") }
        }
        // The search page's region filter lists every region that has a page in some edition.
        let regionNames = { (units: [PlannedPage]) in
            Set(units.filter { $0.kind == .regionPage }.map { $0.paths[0].split(separator: "/").last! })
        }
        if regionNames(plan) != regionNames(previous) { touched.insert("search-regions") }
        return Set(plan.filter { unit in
            guard let old = before[unit.paths], old.inputs == unit.inputs else { return true }
            return !touched.isDisjoint(with: unit.inputs)
        }.map(\.paths))
    }

    /// Builds the project into `output` with `cache`, its settings read anew (the schema may have changed);
    /// the random changes delete experiences, so publishing less is allowed.
    func build(_ project: String, output: String, cache: BuildCache) async throws -> BuildOutcome {
        let content = project + "/Content"
        let request = BuildRequest(
            contentRoot: content, outputPath: output, templatesFolder: project + "/Templates",
            settings: RealContent.settings(contentRoot: content), allowShrinking: true)
        return try await BuildPipeline(request: request, cache: cache).run()
    }

    /// A project in `scratch`: the real edition, two generated ones, the repository's templates, and the schema
    /// with several experiences per region allowed and the word limits' errors raised (as `scripts/bench.sh` does).
    static func makeProject(in scratch: ScratchFolder) throws -> String {
        let content = try RealContent.copy(into: scratch)
        try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent("Templates").path, toPath: scratch.path("Templates"))
        let schema = try String(contentsOfFile: content + "/schema.yaml", encoding: .utf8)
            .replacingOccurrences(of: "una_por_region: true", with: "una_por_region: false")
            .replacingOccurrences(of: #"(palabras: \{ aviso: [0-9]+, error: )[0-9]+"#, with: "$1100000", options: .regularExpression)
        try Data(schema.utf8).write(to: URL(fileURLWithPath: content + "/schema.yaml"))
        let editionFile = try String(contentsOfFile: content + "/\(RealContent.editionID)/edition.yaml", encoding: .utf8)
        let generator = Repository.shared.appendingPathComponent("bench/gen-corpus.py").path
        for (id, seed) in generated {
            let folder = content + "/" + id
            try ExternalTool.run("python3", [generator, String(generatedCount), folder + "/experiencias", "--seed", String(seed)])
            // Its own id, and no ISBN or registration: the real edition's, copied, would be an error.
            let own = editionFile.replacingOccurrences(of: #"(?m)^id: .*$"#, with: "id: \"\(id)\"", options: .regularExpression)
                .replacingOccurrences(of: #"(?m)^(isbn|registro_propiedad_intelectual): .*\n"#, with: "", options: .regularExpression)
            try Data(own.utf8).write(to: URL(fileURLWithPath: folder + "/edition.yaml"))
        }
        return scratch.path
    }
}
