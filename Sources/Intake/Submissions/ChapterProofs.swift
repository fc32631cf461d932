import ChildProcesses
import Content
import Engine
import Foundation
import Validation

/// The previews of versions: each version's chapter rendered alone (its page and stylesheets) and, when
/// asked, printed to PDF and to one image per page. A version never changes, so each is made once and kept
/// (the newest few dozen); printing goes one at a time, so a burst of requests cannot start sixteen
/// WeasyPrints.
actor ChapterProofs {
    /// A version's chapter as printed: the PDF and each page as a PNG (none when pdftoppm is missing).
    struct Printed: Sendable {
        let pdf: [UInt8]
        let pages: [[UInt8]]
    }

    /// Why a print failed, in the region's words.
    struct PrintFailure: Error, Sendable {
        let message: String
    }

    private struct Key: Hashable {
        let region: String
        let number: Int
    }

    private let review: SubmissionReview
    private let proof: BookletProof?
    private let rasterizer: String?
    private let environment: [String: String]
    private var previews: [Key: ExperiencePreview?] = [:]
    private var printTasks: [Key: Task<Result<Printed, PrintFailure>, Never>] = [:]
    private var order: [Key] = []
    private let printing = Gate(limit: 1)
    private static let kept = 48

    init(review: SubmissionReview, engine: PDFEngine?, timeout: Duration = .seconds(120), environment: [String: String]) {
        self.review = review
        self.environment = environment
        proof = engine.map { BookletProof(engine: $0, timeout: timeout, environment: environment) }
        rasterizer = ExecutableSearch.find("pdftoppm", environment: environment)
    }

    /// Whether printed pages can be shown at all.
    nonisolated var prints: Bool { proof != nil }

    /// The preview of `version`, `nil` when its text does not make an experience (errors that stop reading it).
    func preview(of version: SubmittedVersion, region: RegionSpec) async -> ExperiencePreview? {
        let key = Key(region: version.region, number: version.number)
        if let known = previews[key] { return known }
        var made: ExperiencePreview?
        if let markdown = version.markdown, let (experience, edition) = await review.experience(markdown, region: region) {
            made = try? ExperiencePreview.render(experience, in: edition, templates: review.edition.templates)
        }
        remember(key)
        previews[key] = made
        return made
    }

    /// The printed chapter of `version`, made on the first request.
    func printed(of version: SubmittedVersion, region: RegionSpec) async -> Result<Printed, PrintFailure> {
        let key = Key(region: version.region, number: version.number)
        if let task = printTasks[key] { return await task.value }
        guard let proof else { return .failure(PrintFailure(message: "Este servicio no tiene un programa para imprimir.")) }
        guard let preview = await preview(of: version, region: region), let slug = preview.edition.experiences.first?.slug else {
            return .failure(PrintFailure(message: "Esta versión tiene errores que impiden armar el capítulo; corríjalos y suba otra."))
        }
        let rasterizer = rasterizer, environment = environment, printing = printing
        let task = Task<Result<Printed, PrintFailure>, Never> {
            await printing.pass {
                do throws(BuildError) {
                    let pdf = try await proof.print(preview.edition, files: preview.siteFiles, chapter: slug)
                    let pages = if let rasterizer { await Self.rasterize(pdf, with: rasterizer, environment: environment) } else { [[UInt8]]() }
                    return .success(Printed(pdf: pdf, pages: pages))
                } catch {
                    return .failure(PrintFailure(message: "No se pudo imprimir el capítulo: \(error.message.es)"))
                }
            }
        }
        remember(key)
        printTasks[key] = task
        let result = await task.value
        if case .failure = result { printTasks[key] = nil }
        return result
    }

    /// Keeps the newest versions' proofs, forgetting the oldest.
    private func remember(_ key: Key) {
        order.removeAll { $0 == key }
        order.append(key)
        while order.count > Self.kept {
            let old = order.removeFirst()
            previews[old] = nil
            printTasks[old] = nil
        }
    }

    /// Each page of `pdf` as a PNG, 70 dots per inch (a page fits a phone's screen).
    private static func rasterize(_ pdf: [UInt8], with pdftoppm: String, environment: [String: String]) async -> [[UInt8]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rme-paginas-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(pdf).write(to: URL(fileURLWithPath: folder + "/capitulo.pdf"))
            let result = try await SubprocessRunner.run(
                pdftoppm, ["-r", "70", "-png", folder + "/capitulo.pdf", folder + "/pagina"], environment: environment,
                timeout: .seconds(60), followsCancellation: false)
            guard result.status == 0 else { return [] }
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("pagina-") && $0.hasSuffix(".png") }
            // pdftoppm pads the page number to the width of the last one: order by the number, not the name.
            let numbered = names.compactMap { name -> (Int, String)? in
                Int(name.dropFirst(7).dropLast(4)).map { ($0, name) }
            }.sorted { $0.0 < $1.0 }
            return numbered.compactMap { FileManager.default.contents(atPath: folder + "/" + $0.1).map { [UInt8]($0) } }
        } catch {
            return []
        }
    }
}
