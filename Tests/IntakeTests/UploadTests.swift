import Foundation
import Testing
import WordExchange

/// What a region hands in, over real HTTP: the review in Spanish with file and line, nothing of the upload
/// reaching a page as markup, the preview sandboxed, and the refusals (no token, wrong type, too large).
@Suite("rme recepcion: subir y revisar")
struct UploadTests {
    static let pandocAbsent = Comment(rawValue: "pandoc is missing (`scripts/install-deps.sh word`, run by `make test`): test skipped")

    @Test("a script, a javascript: link and raw HTML in an upload are findings shown as text; no markup of the upload reaches the page")
    func hostileUploadIsText() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        var text = try IntakeProject.realExperience("tarapaca")
        text += Array("\n<script>alert('x')</script>\n\n[pulse](javascript:alert(1)) <img src=x onerror=alert(2)>\n".utf8)
        let answer = try await region.upload(fileName: "<b>nombre</b>.md", bytes: text, fields: ["csrf": try await region.csrf()])
        #expect(answer.status == 303)
        let page = try await region.get(try #require(answer.location))
        #expect(page.status == 200)
        #expect(!page.text.contains("<script>alert"))
        #expect(!page.text.contains("<img src=x"))
        #expect(!page.text.contains("<b>nombre"))
        #expect(!page.text.contains("href=\"javascript:"))
        #expect(page.text.contains("&lt;script&gt;"))
        #expect(page.text.contains("safety.raw-html"))
        #expect(page.text.contains("línea"))
        #expect(page.text.contains("Enviar (corrija primero los errores)"))
        let policy = try #require(page.headers["content-security-policy"])
        #expect(policy.contains("script-src 'none'") || policy.contains("default-src 'none'"), "policy: \(policy)")
        #expect(page.headers["x-content-type-options"] == "nosniff")
        #expect(page.headers["cache-control"]?.contains("no-store") == true)
        // With errors it cannot be sent.
        #expect(try await region.post("/region/versiones/1/enviar", ["csrf": try await region.csrf()]).status == 409)
        #expect(try intake.store.version(1, of: "tarapaca")?.sentAt == nil)
    }

    @Test("a clean file: no findings, a sandboxed preview of the chapter under its own strict policy, and it can be sent")
    func cleanUploadPreviewsAndSends() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        let csrf = try await region.csrf()
        #expect(try await region.upload(fileName: "tarapaca.md", bytes: try IntakeProject.realExperience("tarapaca"), fields: ["csrf": csrf]).status == 303)
        let page = try await region.get("/region/versiones/1")
        #expect(page.text.contains("Sin problemas"))
        #expect(page.text.contains("<iframe class=\"vista\""))
        #expect(page.text.contains("sandbox=\"allow-same-origin\">"))
        let preview = try await region.get("/region/versiones/1/vista/regiones/tarapaca.html")
        #expect(preview.status == 200)
        #expect(preview.text.contains("Tarapacá"))
        #expect(!preview.text.contains("<script"))
        let policy = try #require(preview.headers["content-security-policy"])
        #expect(policy.hasSuffix("; sandbox allow-same-origin"))
        #expect(policy.contains("default-src 'none'"))
        #expect(!policy.contains("script"))
        #expect(try await region.post("/region/versiones/1/enviar", ["csrf": csrf]).location == "/region/versiones/1")
        #expect(try intake.store.version(1, of: "tarapaca")?.sentAt != nil)
        #expect(try await region.get("/region").text.contains("enviada"))
    }

    @Test("pasted text is a version like a file; an empty form is told what to do")
    func pastedText() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        let csrf = try await region.csrf()
        let text = String(decoding: try IntakeProject.realExperience("tarapaca"), as: UTF8.self)
        #expect(try await region.post("/region/versiones", ["csrf": csrf, "texto": text]).location == "/region/versiones/1")
        #expect(try intake.store.version(1, of: "tarapaca")?.markdown == Array(text.utf8))
        let empty = try await region.post("/region/versiones", ["csrf": csrf, "texto": "  \n"])
        #expect(empty.status == 400)
        #expect(empty.text.contains("Nada que revisar"))
    }

    @Test("without the form's token, or with another session's, a post changes nothing and is logged")
    func formsNeedTheirToken() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        let other = try await intake.signedIn("atacama")
        let foreign = try await other.csrf()
        for fields in [[:], ["csrf": foreign], ["csrf": ""]] {
            let answer = try await region.upload(fileName: "t.md", bytes: try IntakeProject.realExperience("tarapaca"), fields: fields)
            #expect(answer.status == 403)
            #expect(answer.text.contains("Formulario vencido"))
        }
        #expect(try intake.store.versions(of: "tarapaca").isEmpty)
        #expect(try intake.store.auditLog().filter { $0.event == "csrf-rechazado" }.count == 3)
        #expect(try await region.post("/salir", [:]).status == 403)
        #expect(try await region.get("/region").status == 200, "a forged sign-out ended the session")
    }

    @Test("a picture is refused as a type (415), a file over the limit as too large (413), both in Spanish, neither kept")
    func wrongTypeAndTooLarge() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start(maxUploadBytes: 200_000)
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        let csrf = try await region.csrf()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)
        let picture = try await region.upload(fileName: "foto.png", bytes: png, fields: ["csrf": csrf])
        #expect(picture.status == 415)
        #expect(picture.text.contains("Tipo de archivo no admitido"))
        let disguised = try await region.upload(fileName: "foto.md", bytes: png, fields: ["csrf": csrf])
        #expect(disguised.status == 303 || disguised.status == 415, "a binary named .md answered \(disguised.status)")
        let large = try await region.upload(fileName: "grande.md", bytes: Array(repeating: UInt8(ascii: "a"), count: 400_000), fields: ["csrf": csrf])
        #expect(large.status == 413)
        #expect(large.text.contains("demasiado grande"))
        #expect(try intake.store.versions(of: "tarapaca").count <= 1)
        #expect(try await region.get("/region").status == 200)
    }

    @Test("the region's Word template downloads, and handing it in unfilled lists each guide with the Word row it sits in",
          .enabled(if: Pandoc.locate() != nil, pandocAbsent))
    func wordTemplateRoundTrip() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        let template = try await region.get("/region/plantilla.docx")
        #expect(template.status == 200)
        #expect(template.body.prefix(2) == Data("PK".utf8))
        let answer = try await region.upload(fileName: "plantilla-tarapaca.docx", bytes: Array(template.body), fields: ["csrf": try await region.csrf()])
        #expect(answer.status == 303)
        let page = try await region.get("/region/versiones/1")
        #expect(page.text.contains("documento de Word"))
        #expect(page.text.contains("todavía tiene la guía de la plantilla"))
        #expect(page.text.contains("en Word: tabla de datos"))
        let version = try #require(try intake.store.version(1, of: "tarapaca"))
        #expect(version.errors > 0)
        #expect(try await region.get("/region/versiones/1/original").body == template.body)

        let broken = try await region.upload(fileName: "roto.docx", bytes: Array("no es un zip".utf8), fields: ["csrf": try await region.csrf()])
        #expect(broken.status == 303)
        #expect(try await region.get("/region/versiones/2").text.contains("no es un documento de Word"))
    }
}
