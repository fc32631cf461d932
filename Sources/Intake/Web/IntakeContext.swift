import Diagnostics
import Foundation

/// What every request of the service shares: the store, the edition, the review of uploads, the previews,
/// the acceptance writer and the limits.
final class IntakeContext: Sendable {
    let store: IntakeStore
    let edition: CollectedEdition
    let review: SubmissionReview
    let proofs: ChapterProofs
    let acceptances: AcceptanceWriter
    let options: IntakeService.Options
    let signIns = SignInThrottle()
    let rate: RequestRate
    /// The reviews running at once: one per core, so fifty uploads queue instead of starving the server.
    let reviews: Gate
    let templates: WordTemplates

    init(store: IntakeStore, edition: CollectedEdition, options: IntakeService.Options) {
        self.store = store
        self.edition = edition
        self.options = options
        review = SubmissionReview(edition: edition, scratchFolder: store.folder + "/tmp", language: .es, checks: FileCheckCache())
        proofs = ChapterProofs(review: review, engine: options.pdfEngine, timeout: options.pdfTimeout, environment: options.environment)
        acceptances = AcceptanceWriter(store: store, edition: edition)
        rate = RequestRate(perMinute: options.requestsPerMinute)
        reviews = Gate(limit: max(1, ProcessInfo.processInfo.activeProcessorCount))
        templates = WordTemplates(edition: edition, reference: options.wordReference, scratchFolder: store.folder + "/tmp")
    }

    /// Whether cookies must say `Secure`: the public address is HTTPS.
    var secureCookies: Bool { options.publicURL?.lowercased().hasPrefix("https://") ?? false }

    /// A cookie with the service's attributes; `nil` value clears it.
    func cookie(_ name: String, _ value: String?, maxAge: Int) -> String {
        "\(name)=\(value ?? ""); Path=/; HttpOnly; SameSite=Strict; Max-Age=\(value == nil ? 0 : maxAge)" + (secureCookies ? "; Secure" : "")
    }
}
