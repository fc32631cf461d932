import Content
import Testing

@Suite("PathText: parents of relative and absolute paths")
struct PathTextTests {
    @Test("parent keeps relative paths relative and never traps", arguments: [
        ("a/b.md", "a"), ("b.md", "."), (".", ".."), ("..", "../.."), ("./..", "./../.."),
        ("a/b/", "a"), ("/x", "/"), ("/", "/"), ("/a/b", "/a"), ("v1demo", "."),
    ])
    func parent(_ path: String, _ expected: String) {
        #expect(PathText.parent(of: path) == expected)
    }

    @Test("last component")
    func lastComponent() {
        #expect(PathText.lastComponent(of: "Content/2015-2017/experiencias/maule.md") == "maule.md")
        #expect(PathText.lastComponent(of: "maule.md") == "maule.md")
        #expect(PathText.lastComponent(of: "a/b/") == "b")
    }
}
