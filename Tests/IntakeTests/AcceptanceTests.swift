import Diagnostics
import Foundation
import Testing

@testable import Intake

/// The editor's side over real HTTP: the dashboard's states, the diff between versions, and «Aceptar»
/// writing the sent version into `Content/` byte for byte, keeping what it replaced, surviving a crash.
@Suite("rme recepcion: aceptar")
struct AcceptanceTests {
    @Test("accepting a sent version writes Content/2026/experiencias/tarapaca.md byte for byte, logs it, and the dashboard says «aceptada»")
    func acceptWritesTheFile() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        let csrf = try await region.csrf()
        let bytes = try IntakeProject.realExperience("tarapaca")
        _ = try await region.upload(fileName: "tarapaca.md", bytes: bytes, fields: ["csrf": csrf])

        let editor = try await intake.signedIn(nil)
        let editorCSRF = try #require(try await editor.get("/editor").field("csrf"))
        // Not sent yet: refused, nothing written.
        let early = try await editor.post("/editor/regiones/tarapaca/versiones/1/aceptar", ["csrf": editorCSRF])
        #expect(early.status == 409)
        #expect(!FileManager.default.fileExists(atPath: project.edition + "/experiencias/tarapaca.md"))
        // Without the form's token: refused.
        _ = try await region.post("/region/versiones/1/enviar", ["csrf": csrf])
        #expect(try await editor.post("/editor/regiones/tarapaca/versiones/1/aceptar", [:]).status == 403)
        #expect(!FileManager.default.fileExists(atPath: project.edition + "/experiencias/tarapaca.md"))

        let page = try await editor.get("/editor/regiones/tarapaca/versiones/1")
        #expect(page.text.contains("action=\"/editor/regiones/tarapaca/versiones/1/aceptar\""))
        let accepted = try await editor.post("/editor/regiones/tarapaca/versiones/1/aceptar", ["csrf": editorCSRF])
        #expect(accepted.status == 303)
        #expect(accepted.location == "/editor/regiones/tarapaca/versiones/1?aceptada=1")
        let written = try #require(FileManager.default.contents(atPath: project.edition + "/experiencias/tarapaca.md"))
        #expect(Array(written) == bytes)
        #expect(try await editor.get(try #require(accepted.location)).text.contains("Versión aceptada"))
        #expect(try await editor.get("/editor").text.contains("aceptada"))
        #expect(try await region.get("/region").text.contains("aceptada"))
        let log = try await editor.get("/editor/registro")
        #expect(log.text.contains("Content/2026/experiencias/tarapaca.md") || log.text.contains("experiencias/tarapaca.md"))
        #expect(try intake.store.acceptances(of: "tarapaca").first?.sha256 == Digest(of: bytes).hex)
        #expect(try intake.store.acceptances(of: "tarapaca").first?.writtenAt != nil)
    }

    @Test("accepting over a file the editor wrote by hand keeps that file in the data folder's reemplazados/; the diff shows what changed between versions")
    func acceptKeepsWhatItReplaces() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let handWritten = Array("hecho a mano por la coordinación\n".utf8)
        try Data(handWritten).write(to: URL(fileURLWithPath: project.edition + "/experiencias/tarapaca.md"))
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        let csrf = try await region.csrf()
        let first = try IntakeProject.realExperience("tarapaca")
        var second = first
        second += Array("- Un desafío nuevo que la región agregó.\n".utf8)
        _ = try await region.upload(fileName: "v1.md", bytes: first, fields: ["csrf": csrf])
        _ = try await region.upload(fileName: "v2.md", bytes: second, fields: ["csrf": csrf])
        _ = try await region.post("/region/versiones/2/enviar", ["csrf": csrf])

        let editor = try await intake.signedIn(nil)
        let page = try await editor.get("/editor/regiones/tarapaca/versiones/2")
        #expect(page.text.contains("Un desafío nuevo que la región agregó."))
        #expect(page.text.contains("<span class=\"mas\"><span class=\"lector\">agregada: </span>+ - Un desafío nuevo"), "the diff does not mark the added line")
        _ = try await editor.post("/editor/regiones/tarapaca/versiones/2/aceptar", ["csrf": try #require(page.field("csrf"))])
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: project.edition + "/experiencias/tarapaca.md"))) == second)
        let kept = try FileManager.default.contentsOfDirectory(atPath: project.data + "/reemplazados")
        #expect(kept.count == 1)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: project.data + "/reemplazados/" + kept[0]))) == handWritten)
    }

    @Test("an acceptance journaled but not written (the process died between the two) is finished when the service starts again")
    func pendingAcceptanceIsRecovered() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let bytes = try IntakeProject.realExperience("tarapaca")
        do {
            let intake = try await project.start()
            let region = try await intake.signedIn("tarapaca")
            let csrf = try await region.csrf()
            _ = try await region.upload(fileName: "tarapaca.md", bytes: bytes, fields: ["csrf": csrf])
            _ = try await region.post("/region/versiones/1/enviar", ["csrf": csrf])
            let editor = try await intake.signedIn(nil)
            let token = try #require(editor.cookies["rme_sesion"])
            let session = try #require(try intake.store.session(token: token))
            let version = try #require(try intake.store.version(1, of: "tarapaca"))
            // The first half of «Aceptar», as a crash right after the journal leaves it.
            _ = try intake.store.beginAcceptance(
                of: version, path: project.edition + "/experiencias/tarapaca.md", sha256: Digest(of: bytes).hex, session: session, address: nil)
            await intake.stop()
        }
        #expect(!FileManager.default.fileExists(atPath: project.edition + "/experiencias/tarapaca.md"))
        let again = try await project.start()
        defer { Task { await again.stop() } }
        #expect(again.recovered == [project.edition + "/experiencias/tarapaca.md"])
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: project.edition + "/experiencias/tarapaca.md"))) == bytes)
        #expect(try again.store.acceptances(of: "tarapaca").first?.writtenAt != nil)
        #expect(try again.store.auditLog().contains { $0.event == "aceptacion-recuperada" })
    }
}
