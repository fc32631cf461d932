extension Schema {
    /// The schema used when `Content/schema.yaml` is absent: the same text, compiled in.
    ///
    /// `BuiltInSchemaText.yaml` is a copy of `Content/schema.yaml`; the test
    /// `SchemaBuiltInTests` fails when they differ and regenerates the copy with
    /// `RME_RECORD_SCHEMA=1`. A copy that does not read cleanly fails the same
    /// tests, so the trap below is never reached by a released build.
    public static let builtIn: Schema = {
        let parsed = SchemaLoader.parse(text: BuiltInSchemaText.yaml, file: "<built-in schema.yaml>")
        guard let schema = parsed.schema else {
            preconditionFailure("the built-in schema does not read cleanly: \(parsed.diagnostics.map(\.message.en))")
        }
        return schema
    }()
}
