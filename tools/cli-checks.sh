# Shared by the CLI test scripts (tools/test-cli.sh; tools/test-conv-cli.sh can source it too):
# run a cnnlab command and check the contract of ARCHITECTURE.md, "Commands" — exit 0 on
# success; one line on stderr, exit 2 and no output file on every bad input; 64 for a malformed
# command line. Source it after setting $cnnlab and changing into a scratch folder.

failures=0

# save NAME "D1,D2," "V1,V2,…" [DTYPE]: a .npy file written by hand (magic, version 1.0, header
# padded to 64 bytes, little-endian data), so the checks need python3 but not numpy.
save() {
    python3 - "$@" <<'PY'
import struct, sys
name, shape, values = sys.argv[1], sys.argv[2], sys.argv[3]
dtype = sys.argv[4] if len(sys.argv) > 4 else "<f4"
values = [float(v) for v in values.split(",")] if values else []
header = "{'descr': '%s', 'fortran_order': False, 'shape': (%s), }" % (dtype, shape)
header += " " * (63 - (10 + len(header)) % 64) + "\n"
data = struct.pack("<%d%s" % (len(values), "f" if dtype == "<f4" else "d"), *values)
open(name, "wb").write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode() + data)
PY
}

# check EXPECTED-STATUS "what" -- cnnlab-arguments…: the exit status, and for status 2 one
# stderr line and no out.npy left behind.
check() {
    local want=$1 what=$2; shift 3
    rm -f out.npy
    "$cnnlab" "$@" >stdout 2>stderr
    local got=$?
    local lines; lines=$(wc -l <stderr)
    if [ "$got" != "$want" ]; then
        echo "FAIL $what: exit $got, expected $want ($(head -1 stderr))"; failures=$((failures + 1)); return
    fi
    if [ "$want" = 2 ] && { [ "$lines" != 1 ] || [ -e out.npy ]; }; then
        echo "FAIL $what: $lines stderr lines, output file $( [ -e out.npy ] && echo left || echo absent)"; failures=$((failures + 1)); return
    fi
    echo "ok   $what (exit $want)$( [ "$want" = 2 ] && echo ": $(cat stderr)")"
}

# expect_values "v1 v2 …": the float32 values of out.npy, rounded to 4 decimals.
expect_values() {
    local got
    got=$(python3 -c "import struct; d=open('out.npy','rb').read(); n=struct.unpack('<H',d[8:10])[0]; v=struct.unpack('<%df'%((len(d)-10-n)//4), d[10+n:]); print(' '.join('%g'%round(x,4) for x in v))")
    if [ "$got" != "$1" ]; then echo "FAIL values: $got, expected $1"; failures=$((failures + 1)); else echo "ok   values $got"; fi
}

# save_header NAME "DESCR" "SHAPE" ["HEADER TEXT"] [MAJOR.MINOR]: a .npy file with no data (an empty
# array, or a lying one), or with the given header text instead of numpy's dict.
save_header() {
    python3 - "$@" <<'PY'
import struct, sys
name, descr, shape = sys.argv[1:4]
text = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else "{'descr': '%s', 'fortran_order': False, 'shape': (%s), }" % (descr, shape)
major, minor = (int(v) for v in (sys.argv[5] if len(sys.argv) > 5 else "1.0").split("."))
header = text.encode("latin1", "surrogateescape")
header += b" " * (63 - (10 + len(header)) % 64) + b"\n"
open(name, "wb").write(b"\x93NUMPY" + bytes([major, minor]) + struct.pack("<H", len(header)) + header)
PY
}

# expect_stderr "words": the last command's message contains them.
expect_stderr() {
    if grep -qF -- "$1" stderr; then echo "ok   message says: $1"; else echo "FAIL message: $(cat stderr), expected: $1"; failures=$((failures + 1)); fi
}

# expect_shape "d1 d2 …": the shape in out.npy's header.
expect_shape() {
    local got
    got=$(python3 -c "import ast, struct; d=open('out.npy','rb').read(); n=struct.unpack('<H',d[8:10])[0]; print(' '.join(map(str, ast.literal_eval(d[10:10+n].decode())['shape'])))")
    if [ "$got" != "$1" ]; then echo "FAIL shape: $got, expected $1"; failures=$((failures + 1)); else echo "ok   shape $got"; fi
}

# expect_stdout "text": the last command's standard output, exactly.
expect_stdout() {
    if [ "$(cat stdout)" != "$1" ]; then echo "FAIL stdout: $(cat stdout), expected $1"; failures=$((failures + 1)); else echo "ok   stdout $1"; fi
}

# finish NAME: the verdict line, and exit 1 when a check failed.
finish() {
    [ "$failures" = 0 ] && echo "all $1 CLI checks passed" || { echo "$failures $1 CLI check(s) failed"; exit 1; }
}
