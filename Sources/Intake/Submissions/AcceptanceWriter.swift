import Diagnostics
import Foundation

/// Writes accepted versions into the edition's folder, one at a time. The store records the acceptance
/// first (the journal), then the file is written durably, then the record is marked done; a process killed
/// in between finishes the write at its next start. A file the acceptance replaces that no acceptance wrote
/// (an editor's own edits) is copied to the data folder's `reemplazados/` first, so nothing is lost.
actor AcceptanceWriter {
    /// Why an acceptance failed, in the editor's words.
    struct Failure: Error, Sendable {
        let message: String
    }

    private let store: IntakeStore
    private let edition: CollectedEdition

    init(store: IntakeStore, edition: CollectedEdition) {
        self.store = store
        self.edition = edition
    }

    /// Accepts `version`: its Markdown becomes `Content/<edición>/experiencias/<región>.md`.
    func accept(_ version: SubmittedVersion, session: IntakeSession, address: String?) throws(Failure) -> Acceptance {
        guard let markdown = version.markdown, version.sentAt != nil else {
            throw Failure(message: "Solo se puede aceptar una versión que la región envió.")
        }
        let path = edition.experiencePath(of: version.region)
        let acceptance: Acceptance
        do {
            acceptance = try store.beginAcceptance(
                of: version, path: path, sha256: Digest(of: markdown).hex, session: session, address: address)
        } catch {
            throw Failure(message: "No se pudo registrar la aceptación: \(error.localizedDescription)")
        }
        do {
            try keepReplaced(path, region: version.region, by: markdown, acceptance: acceptance.id)
            try DurableFile.write(markdown, to: path)
        } catch {
            try? store.cancelAcceptance(acceptance, reason: "versión \(version.number): \(error.message)")
            throw Failure(message: "No se pudo escribir el archivo: \(error.message). El contenido no cambió.")
        }
        do {
            try store.finishAcceptance(acceptance)
        } catch {
            // The file is in place; the next start marks the record done.
        }
        return acceptance
    }

    /// Finishes the acceptances a killed process left pending; returns the paths written.
    func recover() throws -> [String] {
        var written: [String] = []
        for (acceptance, markdown) in try store.pendingAcceptances() {
            // A kill in the middle of a write leaves at most a temporary file beside the target.
            DurableFile.sweep((acceptance.path as NSString).deletingLastPathComponent)
            DurableFile.sweep(store.folder + "/reemplazados")
            let current = FileManager.default.contents(atPath: acceptance.path).map { [UInt8]($0) }
            if current != markdown {
                try keepReplaced(acceptance.path, region: acceptance.region, by: markdown, acceptance: acceptance.id)
                try DurableFile.write(markdown, to: acceptance.path)
                written.append(acceptance.path)
            }
            try store.finishAcceptance(acceptance)
            try store.audit("aceptacion-recuperada", role: .editor, region: acceptance.region, address: nil,
                            detail: "aceptación \(acceptance.id) terminada al iniciar → \(acceptance.path)")
        }
        return written
    }

    /// Copies the file at `path` aside when it holds text that no acceptance of the region wrote.
    private func keepReplaced(_ path: String, region: String, by markdown: [UInt8], acceptance: Int64) throws(DurableFile.Failure) {
        guard let current = FileManager.default.contents(atPath: path).map({ [UInt8]($0) }), current != markdown else { return }
        let hash = Digest(of: current).hex
        let written = (try? store.acceptances(of: region))?.contains { $0.sha256 == hash && $0.writtenAt != nil } ?? false
        guard !written else { return }
        try DurableFile.write(current, to: store.folder + "/reemplazados/\(region)-antes-de-la-aceptacion-\(acceptance).md")
    }
}
