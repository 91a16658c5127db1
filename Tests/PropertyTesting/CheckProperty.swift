@_exported import PropertyBased
import Testing

/// The project's one door to property-based testing: `propertyCheck` with its blind spot closed.
///
/// swift-property-based 2.0.1 runs a property's body inside `try?`, so an error thrown by the body
/// (a refused shape, a failed read) is dropped and the test passes. `checkProperty` catches the
/// error itself and records it as a failure that names the input; the library then reports the
/// seed that reproduces it (`.fixedSeed(…)`), exactly as for a failed `#expect`. Every property
/// test calls this, never `propertyCheck` directly (CI greps for it).
public func checkProperty<Input, Value>(
    count: Int = 100,
    input: Generator<Value, some Sequence<Input>>,
    perform body: (Value) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    await propertyCheck(count: count, input: input, perform: { value in
        do {
            try await body(value)
        } catch {
            Issue.record(error, "the property threw for the input \(value)", sourceLocation: sourceLocation)
        }
    }, isolation: isolation, sourceLocation: sourceLocation)
}

/// ``checkProperty(count:input:perform:isolation:sourceLocation:)`` over two generators.
public func checkProperty<InA, InB, A, B>(
    count: Int = 100,
    input a: Generator<A, some Sequence<InA>>, _ b: Generator<B, some Sequence<InB>>,
    perform body: (A, B) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    await checkProperty(count: count, input: zip(a, b), perform: { try await body($0.0, $0.1) },
                        isolation: isolation, sourceLocation: sourceLocation)
}

/// ``checkProperty(count:input:perform:isolation:sourceLocation:)`` over three generators.
public func checkProperty<InA, InB, InC, A, B, C>(
    count: Int = 100,
    input a: Generator<A, some Sequence<InA>>, _ b: Generator<B, some Sequence<InB>>,
    _ c: Generator<C, some Sequence<InC>>,
    perform body: (A, B, C) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    await checkProperty(count: count, input: zip(a, b, c), perform: { try await body($0.0, $0.1, $0.2) },
                        isolation: isolation, sourceLocation: sourceLocation)
}

/// ``checkProperty(count:input:perform:isolation:sourceLocation:)`` over four generators.
public func checkProperty<InA, InB, InC, InD, A, B, C, D>(
    count: Int = 100,
    input a: Generator<A, some Sequence<InA>>, _ b: Generator<B, some Sequence<InB>>,
    _ c: Generator<C, some Sequence<InC>>, _ d: Generator<D, some Sequence<InD>>,
    perform body: (A, B, C, D) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    await checkProperty(count: count, input: zip(a, b, c, d), perform: { try await body($0.0, $0.1, $0.2, $0.3) },
                        isolation: isolation, sourceLocation: sourceLocation)
}
