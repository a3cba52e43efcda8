# bench/normalise.awk -- turn a result into sorted-comparable lines.
#
# Input: csv (RFC 4180 quoting).  With -v spec='a,b | c,d' and -v
# header=1 (safestat's csv: tables separated by blank lines, each with a
# header) it picks the named columns of table 1, 2 ... in that order; with
# header=0 (the hand SQL's headerless rows) it keeps the first columns, and
# when the spec has several tables the first column is the table number.
# Every line starts with its table number.  Numbers are printed alike
# (84.3, 84.30 and 8.43e1 agree; 100 and 100.0 too); an empty field stays
# empty.  Sort the output to compare.
function parse(line,    n, i, c, f, q) {
	n = 0; f = ""; q = 0
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (q) {
			if (c == "\"" && substr(line, i + 1, 1) == "\"") { f = f c; i++ }
			else if (c == "\"") q = 0
			else f = f c
		} else if (c == "\"") q = 1
		else if (c == ",") { field[++n] = f; f = "" }
		else f = f c
	}
	field[++n] = f
	return n
}
function number(v) {
	if (v ~ /^-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?$/) {
		v = sprintf("%.4f", v + 0)
		sub(/\.?0+$/, "", v)
		if (v == "-0") v = "0"
	}
	return v
}
BEGIN {
	ntables = split(spec, tables, /[ ]*\|[ ]*/)
	for (t = 1; t <= ntables; t++)
		ncols[t] = split(tables[t], names, /[ ]*,[ ]*/)
	table = 0; want_header = 1
}
{ sub(/\r$/, "") }
header && /^$/ { want_header = 1; next }
header && want_header {
	want_header = 0; table++
	n = parse($0)
	split(tables[table], names, /[ ]*,[ ]*/)
	for (j = 1; j <= ncols[table]; j++) {
		pick[j] = 0
		for (i = 1; i <= n; i++)
			if (field[i] == names[j]) pick[j] = i
		if (!pick[j]) {
			print "normalise: no column '" names[j] "' in table " table > "/dev/stderr"
			bad = 1
		}
	}
	next
}
header {
	parse($0); out = table
	for (j = 1; j <= ncols[table]; j++) out = out "," number(field[pick[j]])
	print out
	next
}
{
	parse($0)
	if (ntables > 1) { t = field[1]; first = 2 } else { t = 1; first = 1 }
	out = t
	for (j = 0; j < ncols[t]; j++) out = out "," number(field[first + j])
	print out
}
END { exit bad }
