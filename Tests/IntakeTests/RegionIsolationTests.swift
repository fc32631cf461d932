import Foundation
import Testing

/// A region never sees another region's work: every address a region can open answers from its own
/// versions only, over real HTTP, whatever number or path it tries.
@Suite("rme recepcion: cada región ve solo lo suyo")
struct RegionIsolationTests {
    @Test("Atacama, signed in, cannot reach Tarapacá's versions, files, previews, sending or the editor's pages by any address")
    func regionsAreIsolated() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let tarapaca = try await intake.signedIn("tarapaca")
        let atacama = try await intake.signedIn("atacama")

        // Tarapacá hands in two versions, the second clean and sent; its text has a word only it has.
        var secret = try IntakeProject.realExperience("tarapaca")
        secret += Array("- PalabraSecretaDeTarapaca en un punto final.\n".utf8)
        let tCSRF = try await tarapaca.csrf()
        #expect(try await tarapaca.upload(fileName: "tarapaca-secreto.md", bytes: secret, fields: ["csrf": tCSRF]).location == "/region/versiones/1")
        #expect(try await tarapaca.upload(fileName: "tarapaca-secreto.md", bytes: secret, fields: ["csrf": tCSRF]).location == "/region/versiones/2")
        #expect(try await tarapaca.post("/region/versiones/2/enviar", ["csrf": tCSRF]).status == 303)

        #expect(try await tarapaca.get("/region/versiones/2/original").text.contains("PalabraSecretaDeTarapaca"))

        // Atacama has nothing yet: Tarapacá's numbers are not found, and its home lists nothing.
        let home = try await atacama.get("/region")
        #expect(home.status == 200)
        #expect(!home.text.contains("tarapaca-secreto"))
        #expect(home.text.contains("Todavía no ha subido ninguna versión"))
        for path in ["/region/versiones/1", "/region/versiones/2", "/region/versiones/1/original", "/region/versiones/2/vista/regiones/tarapaca.html",
                     "/region/versiones/2/impreso.html", "/region/versiones/2/impreso.pdf", "/region/versiones/2/impreso-1.png"] {
            let answer = try await atacama.get(path)
            #expect(answer.status == 404, "\(path) answered \(answer.status) to Atacama")
            #expect(!answer.text.contains("PalabraSecretaDeTarapaca"))
        }

        // Atacama's own version 1 is its own: same number, its file, never Tarapacá's.
        let aCSRF = try await atacama.csrf()
        #expect(try await atacama.upload(fileName: "atacama.md", bytes: try IntakeProject.realExperience("atacama"), fields: ["csrf": aCSRF]).status == 303)
        let own = try await atacama.get("/region/versiones/1")
        #expect(own.status == 200)
        #expect(own.text.contains("atacama.md"))
        #expect(!own.text.contains("tarapaca-secreto"))
        let original = try await atacama.get("/region/versiones/1/original")
        #expect(original.body == Data(try IntakeProject.realExperience("atacama")))
        #expect(try await atacama.get("/region/versiones/1/vista/regiones/tarapaca.html").status == 404)
        #expect(try await atacama.get("/region/versiones/1/vista/regiones/atacama.html").status == 200)

        // Sending «version 2» from Atacama finds nothing, and leaves Tarapacá's versions as they were.
        #expect(try await atacama.post("/region/versiones/2/enviar", ["csrf": aCSRF]).status == 404)
        #expect(try intake.store.versions(of: "tarapaca").map(\.sentAt).map { $0 != nil } == [true, false])

        // The editor's pages, with Tarapacá's slug or without: forbidden, and logged.
        for path in ["/editor", "/editor/registro", "/editor/regiones/tarapaca", "/editor/regiones/tarapaca/versiones/2",
                     "/editor/regiones/tarapaca/versiones/2/original", "/editor/regiones/tarapaca/versiones/2/vista/regiones/tarapaca.html"] {
            let answer = try await atacama.get(path)
            #expect(answer.status == 403, "\(path) answered \(answer.status) to Atacama")
            #expect(!answer.text.contains("PalabraSecretaDeTarapaca"))
        }
        #expect(try await atacama.post("/editor/regiones/tarapaca/versiones/2/aceptar", ["csrf": aCSRF]).status == 403)
        #expect(!FileManager.default.fileExists(atPath: project.edition + "/experiencias/tarapaca.md"))
        #expect(try intake.store.auditLog().contains { $0.event == "acceso-denegado" && $0.region == "atacama" })

        // Paths that try to climb out are not addresses at all.
        for path in ["/region/versiones/1/vista/../../../../etc/passwd", "/region/versiones/1/vista/%2e%2e/x", "/region/versiones/-1",
                     "/region/versiones/01", "/region/versiones/1/vista/regiones\\tarapaca.html", "/editor/regiones/..%2ftarapaca"] {
            let answer = try await atacama.get(path)
            #expect([400, 404].contains(answer.status), "\(path) answered \(answer.status)")
        }

        // Atacama's template is Atacama's.
        let template = try await atacama.get("/region/plantilla.docx")
        if template.status == 200 {
            #expect(template.headers["content-disposition"]?.contains("plantilla-atacama.docx") == true)
        }
    }

    @Test("the editor sees both regions, each with its own versions")
    func editorSeesEveryRegion() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        for region in ["tarapaca", "atacama"] {
            let browser = try await intake.signedIn(region)
            #expect(try await browser.upload(fileName: "\(region).md", bytes: try IntakeProject.realExperience(region),
                                             fields: ["csrf": try await browser.csrf()]).status == 303)
        }
        let editor = try await intake.signedIn(nil)
        let dashboard = try await editor.get("/editor")
        #expect(dashboard.status == 200)
        #expect(dashboard.text.contains("/editor/regiones/tarapaca"))
        #expect(dashboard.text.contains("/editor/regiones/atacama"))
        #expect(try await editor.get("/editor/regiones/tarapaca/versiones/1").text.contains("tarapaca.md"))
        #expect(try await editor.get("/editor/regiones/atacama/versiones/1").text.contains("atacama.md"))
        #expect(try await editor.get("/editor/regiones/no-existe").status == 404)
        #expect(try await editor.get("/region").status == 403)
    }
}
