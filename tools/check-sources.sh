#!/usr/bin/env bash
# Source and documentation rules that the compiler cannot see, checked by `make test` (and so by CI).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

# swift-property-based swallows errors thrown inside propertyCheck's body: every property test
# goes through the project's wrapper, checkProperty (Tests/PropertyTesting).
if grep -rn --include='*.swift' 'propertyCheck(' Tests Sources Chapters | grep -v '^Tests/PropertyTesting/'; then
    echo "check-sources: call checkProperty (Tests/PropertyTesting), not propertyCheck, above" >&2
    status=1
fi

# NeuralNet is the lesson: each operation as the slides write it. SIMD, raw pointers and threads
# belong to the engine (Sources/Engine), whose kernels are proven equal to the lesson's.
lesson_rule='SIMD[0-9]|SIMD<|withUnsafe|Unsafe[A-Za-z]*Pointer|Unmanaged|Thread|Dispatch|pthread|Atomic<'
if grep -rnE --include='*.swift' "$lesson_rule" Sources/NeuralNet; then
    echo "check-sources: SIMD, pointer or thread code in Sources/NeuralNet (the lesson) above; it belongs in Sources/Engine" >&2
    status=1
fi

# One visual language (STYLE.md, "Colours by role"): a chapter's figure asks Plot for a role
# (Role.series(i), .explained, .erratum, .ocrDamage, .ambiguous, .invalid), never for a raw colour.
if grep -rnE --include='*.swift' 'Color\(hex:|Color\.(accent|error|series)\b|[(:,] *\.(accent|error)\b' Chapters; then
    echo "check-sources: a chapter's figure asks for a Role (Sources/Plot/Role.swift), not a colour, above" >&2
    status=1
fi

# Each chapter README's "From the slide to the code" table reaches the lesson in one hop: every
# linked file is in Sources/NeuralNet and declares the functions the row names.
if ! python3 tools/check-slide-tables.py; then
    echo "check-sources: a 'From the slide to the code' row above does not reach the lesson code" >&2
    status=1
fi

[ $status -eq 0 ] && echo "check-sources: ok"
exit $status
