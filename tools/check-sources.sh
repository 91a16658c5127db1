#!/usr/bin/env bash
# Source rules that the compiler cannot see, checked by `make test` (and so by CI).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

# swift-property-based swallows errors thrown inside propertyCheck's body: every property test
# goes through the project's wrapper, checkProperty (Tests/PropertyTesting).
if grep -rn --include='*.swift' 'propertyCheck(' Tests Sources Chapters | grep -v '^Tests/PropertyTesting/'; then
    echo "check-sources: call checkProperty (Tests/PropertyTesting), not propertyCheck, above" >&2
    status=1
fi

[ $status -eq 0 ] && echo "check-sources: ok"
exit $status
