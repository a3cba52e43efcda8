// bench/duckdb.mjs -- the DuckDB side of the bench, one long-lived process.
//
//   node duckdb.mjs load DUCKDB CSVDIR TABLE...   load TABLE from CSVDIR/TABLE.csv
//   node duckdb.mjs serve DUCKDB                  answer requests on stdin
//
// serve reads lines "SQLFILE OUTFILE" (OUTFILE "-": discard the rows), runs
// the query, writes its rows as headerless csv to OUTFILE and prints the
// milliseconds the query took (run and read into memory; node's start-up
// and the csv writing excluded) or "error MESSAGE".
//
// @duckdb/node-api is found in $DUCKDB_DIR/node_modules (npm install
// --prefix DUCKDB_DIR), a folder git ignores.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';

const [mode, dbPath, ...rest] = process.argv.slice(2);
const require = createRequire(`${process.env.DUCKDB_DIR}/package.json`);
const { DuckDBInstance } = await import(require.resolve('@duckdb/node-api'));

// One csv field: empty for NULL, quoted when it needs to be.
function csvField(value) {
	if (value === null || value === undefined)
		return '';
	const text = String(value);
	return /[",\n]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
}

// Load each table from its csv export, with DuckDB's own type detection.
async function load(con, csvDir, tables) {
	for (const table of tables) {
		const file = `${csvDir}/${table}.csv`.replaceAll("'", "''");
		await con.run(`CREATE OR REPLACE TABLE "${table}" AS SELECT * FROM ` +
		    `read_csv('${file}', header = true, sample_size = -1)`);
	}
}

// Answer timing requests until stdin closes.
async function serve(con) {
	const lines = createInterface({ input: process.stdin });
	for await (const line of lines) {
		const [sqlFile, outFile] = line.trim().split(/\s+/);
		try {
			const sql = readFileSync(sqlFile, 'utf8');
			const start = performance.now();
			const reader = await con.runAndReadAll(sql);
			const rows = reader.getRows();
			const ms = performance.now() - start;
			if (outFile && outFile !== '-')
				writeFileSync(outFile, rows.map(r => r.map(csvField).join(',')).join('\n') +
				    (rows.length ? '\n' : ''));
			process.stdout.write(ms.toFixed(3) + '\n');
		} catch (e) {
			process.stdout.write('error ' + String(e.message).replace(/\s+/g, ' ') + '\n');
		}
	}
}

const instance = await DuckDBInstance.create(dbPath);
const con = await instance.connect();
if (mode === 'load')
	await load(con, rest[0], rest.slice(1));
else if (mode === 'serve')
	await serve(con);
else {
	console.error('usage: duckdb.mjs load DUCKDB CSVDIR TABLE... | serve DUCKDB');
	process.exit(2);
}
con.closeSync?.();
